/**
 * A data editor's columns: the kind inferred from the data, then the page's `columnConfig`
 * and `disabled` over it (Streamlit's column_config_utils: a configured type must suit the
 * values it edits, or the column must be disabled). Gives what the browser draws and the
 * rules the server checks the browser's edits against.
 */
import type { EditorColumn, EditorColumnType } from "../../../../protocol/elements";
import { AuthorError } from "../../errors";
import type { ColumnKind, Table } from "./table";

/**
 * How one column is edited; an object with a `type`, so a `st.columnConfig.numberColumn(…)`
 * helper can make one later. `null` hides the column.
 */
export interface ColumnConfig {
  type?: "number" | "text" | "checkbox" | "select";
  /** the header (default: the column's name) */
  label?: string;
  /** the header's tooltip */
  help?: string;
  /** the choices of a "select" column, of the column's own type */
  options?: readonly (string | number | boolean)[];
  /** bounds of a number column */
  min?: number;
  max?: number;
  /** a value is needed: a cell can't be emptied, an added row counts once it has one */
  required?: boolean;
  disabled?: boolean;
  hidden?: boolean;
}

export type ColumnConfigMapping = Readonly<Record<string, ColumnConfig | null>>;

/** What the server checks an edit of one column against (stored with the widget). */
export type ColumnRule = Omit<EditorColumn, "name" | "label" | "help">;

export interface EditorColumns {
  /** the shown columns, in the data's order */
  shown: EditorColumn[];
  /** every column by name, hidden ones included (never editable) */
  rules: Record<string, ColumnRule>;
}

const DEFAULT_TYPE: Record<ColumnKind, EditorColumnType> = {
  number: "number",
  text: "text",
  boolean: "checkbox",
  date: "date",
  empty: "text",
  other: "text",
};

/** Which data a configured type can edit (Streamlit's _EDITING_COMPATIBILITY_MAPPING, for JavaScript values). */
const EDITS: Record<NonNullable<ColumnConfig["type"]>, ColumnKind[]> = {
  text: ["text", "empty"],
  number: ["number", "empty"],
  checkbox: ["boolean", "empty"],
  select: ["text", "number", "boolean", "empty"],
};

const KIND_NAME: Record<ColumnKind, string> = {
  number: "numbers",
  text: "text",
  boolean: "true/false values",
  date: "dates",
  empty: "no values",
  other: "values of several kinds",
};

export function editorColumns(table: Table, config: ColumnConfigMapping = {}, disabled: readonly string[] = []): EditorColumns {
  const off = new Set(disabled);
  const shown: EditorColumn[] = [];
  const rules: Record<string, ColumnRule> = {};
  table.names.forEach((name, c) => {
    const given = Object.hasOwn(config, name) ? config[name] : undefined;
    const cfg: ColumnConfig = given === null ? { hidden: true } : (given ?? {});
    const kind = table.kinds[c]!;
    const isOff = cfg.disabled === true || off.has(name);
    const type = cfg.type ?? DEFAULT_TYPE[kind];
    if (cfg.type !== undefined && !isOff) {
      if (!Object.hasOwn(EDITS, cfg.type)) throw new AuthorError(`dataEditor: column ${JSON.stringify(name)} has an unknown type ${JSON.stringify(cfg.type)} (number, text, checkbox or select).`);
      if (!EDITS[cfg.type].includes(kind)) {
        throw new AuthorError(
          `dataEditor: the configured column type "${cfg.type}" for column ${JSON.stringify(name)} is not compatible for editing its ${KIND_NAME[kind]}. ` +
            "Choose a compatible type, disable the column, or convert its values.",
        );
      }
    }
    const rule: ColumnRule = { type, editable: !isOff && kind !== "other" && cfg.hidden !== true };
    if (cfg.required) rule.required = true;
    numberRule(name, cfg, type, kind, table.integer[c]!, rule);
    if (type === "select") rule.options = selectOptions(name, cfg, kind);
    else if (cfg.options !== undefined) throw new AuthorError(`dataEditor: column ${JSON.stringify(name)} has options but is not a "select" column.`);
    rules[name] = rule;
    if (cfg.hidden === true) return;
    const column: EditorColumn = { name, ...rule };
    if (cfg.label !== undefined && cfg.label !== name) column.label = String(cfg.label);
    if (cfg.help) column.help = String(cfg.help);
    shown.push(column);
  });
  return { shown, rules };
}

function numberRule(name: string, cfg: ColumnConfig, type: EditorColumnType, kind: ColumnKind, whole: boolean, rule: ColumnRule): void {
  if (cfg.min === undefined && cfg.max === undefined) {
    if (type === "number") rule.integer = kind === "number" && whole;
    return;
  }
  if (type !== "number") throw new AuthorError(`dataEditor: column ${JSON.stringify(name)} has min/max but is not a number column.`);
  for (const bound of [cfg.min, cfg.max]) {
    if (bound !== undefined && !(typeof bound === "number" && Number.isFinite(bound))) {
      throw new AuthorError(`dataEditor: column ${JSON.stringify(name)}: min and max must be finite numbers.`);
    }
  }
  if (cfg.min !== undefined && cfg.max !== undefined && cfg.min > cfg.max) {
    throw new AuthorError(`dataEditor: column ${JSON.stringify(name)}: min ${cfg.min} is greater than max ${cfg.max}.`);
  }
  if (cfg.min !== undefined) rule.min = cfg.min;
  if (cfg.max !== undefined) rule.max = cfg.max;
  // as numberInput: whole numbers only when every number given is whole
  rule.integer = kind === "number" && whole && [cfg.min, cfg.max].every((b) => b === undefined || Number.isInteger(b));
}

function selectOptions(name: string, cfg: ColumnConfig, kind: ColumnKind): (string | number | boolean)[] {
  const options = cfg.options;
  if (!Array.isArray(options) || options.length === 0) throw new AuthorError(`dataEditor: select column ${JSON.stringify(name)} needs a non-empty list of options.`);
  const want = kind === "number" ? "number" : kind === "boolean" ? "boolean" : kind === "text" ? "string" : typeof options[0];
  const odd = options.find((o) => typeof o !== want || (typeof o === "number" && !Number.isFinite(o)));
  if (odd !== undefined) {
    throw new AuthorError(`dataEditor: select column ${JSON.stringify(name)}: option ${JSON.stringify(odd)} is not of the column's type (${want}); its values would change type.`);
  }
  if (!["string", "number", "boolean"].includes(want)) throw new AuthorError(`dataEditor: select column ${JSON.stringify(name)}: options must be text, numbers or true/false.`);
  return [...options];
}
