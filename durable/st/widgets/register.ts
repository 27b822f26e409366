/**
 * What every widget does when it is called: compute its identity, refuse duplicates and
 * illegal placements, remember its constraints and callback, and return its current value
 * (the stored one if it still fits, else the default). One run's triggers (buttons) are
 * true for exactly that run.
 */
import type { WidgetKind, WireValue } from "../../../protocol/elements";
import type { Target } from "../target";
import type { Callback, SeenValue, WidgetMeta } from "../context";
import { AuthorError, DuplicateWidgetError } from "../errors";
import { StopSignal } from "../signals";
import { widgetId } from "./identity";
import { Invalid, type Validate } from "./kind";

/** Options every widget takes. */
export interface WidgetOptions {
  /** a stable identity of your choosing, unique on the page */
  key?: string;
  disabled?: boolean;
  /** tooltip text */
  help?: string;
}

/** Internal helpers accept any callback signature; authors get theirs checked. */
// biome-ignore lint: callback argument types are checked at the author's call site
export type AnyArgs = any[];

/** A callback and its arguments (Streamlit's on_change / on_click with args). */
export interface CallbackOptions<A extends unknown[] = unknown[]> {
  /** runs before the next page run, when the value changed (or the button was pressed) */
  onChange?: (...args: A) => unknown;
  args?: A;
}

export interface WidgetDef {
  kind: WidgetKind;
  /** the kind's check of a value (also what inbound values must pass: validators.ts) */
  validate: Validate;
  label: string;
  /** identity parameters besides kind and label */
  params: readonly unknown[];
  /** a new `params` is a new widget even under the same key (Streamlit's data_editor: new data resets the edits) */
  paramsWithKey?: boolean;
  spec: Record<string, unknown>;
  /** the value in wire form when the widget is new (or its stored value no longer fits) */
  initial: WireValue;
  opts: WidgetOptions;
  callback?: Callback;
  /** a button: true for the one run it was pressed in */
  trigger?: boolean;
  /** the author's value from the wire value (an option from its index), for audit context */
  decode?: (wire: WireValue) => unknown;
}

export interface Registered {
  id: string;
  /** the value this run sees */
  value: WireValue;
  /** the value the browser should show (differs only when a form clears on submit) */
  shown: WireValue;
  /** props common to every widget */
  base: { id: string; label: string; help?: string; disabled?: boolean; form?: string };
}

export function registerWidget(dg: Target, def: WidgetDef): Registered {
  const { ctx, scope } = dg;
  ctx.checkpoint();
  ctx.guard(scope);
  const { key } = def.opts;
  if (key !== undefined && (typeof key !== "string" || key === "")) throw new AuthorError("A widget key must be a non-empty string.");
  const id = widgetId({ kind: def.kind, label: def.label, params: def.params, page: ctx.opts.page, scope, key, paramsWithKey: def.paramsWithKey });
  if ((key !== undefined && ctx.keys.has(key)) || ctx.seen.has(id)) throw new DuplicateWidgetError(def.kind, def.label, key);
  if (def.callback && scope.form !== undefined && def.kind !== "formSubmitButton") {
    throw new AuthorError(
      `\`${def.kind}\` "${def.label}" is inside form "${scope.form}": within a form only formSubmitButton may have a callback.`,
    );
  }
  ctx.seen.add(id);
  if (key !== undefined) ctx.keys.add(key);

  const { stores } = ctx;
  if (def.callback) stores.callbacks.set(id, def.callback);
  else stores.callbacks.delete(id);
  const until = ctx.opts.shadowUntil;
  if (until && [...until].every((w) => stores.callbacks.has(w))) throw new StopSignal();

  let value: WireValue;
  if (def.trigger) value = ctx.opts.triggers.has(id);
  else {
    const stored = stores.widgets[id];
    value = stored !== undefined && fits(def.validate, def.spec, stored) ? stored : def.initial;
  }
  // A form that clears on submit: this run sees the submitted values, the browser and the
  // next run see the defaults (Streamlit resets them in the browser on submit).
  const clears = scope.form !== undefined && ctx.opts.submitted.has(scope.form) && ctx.forms.get(scope.form) === true;
  const shown = clears && !def.trigger ? def.initial : value;

  if (!ctx.opts.shadow) {
    const meta: WidgetMeta = { kind: def.kind, label: def.label, spec: def.spec };
    if (scope.form !== undefined) meta.form = scope.form;
    if (def.callback) meta.cb = true;
    if (def.opts.disabled) meta.disabled = true;
    if (key !== undefined) meta.key = key;
    if (scope.fragment !== undefined) meta.fragment = scope.fragment;
    stores.meta[id] = meta;
    if (!def.trigger) stores.widgets[id] = shown;
  }
  if (!def.trigger) {
    const seen: SeenValue = { label: def.label, value: def.decode ? def.decode(value) : value };
    if (key !== undefined) seen.key = key;
    if (scope.form !== undefined) seen.form = scope.form;
    ctx.values.set(id, seen);
  }
  const base: Registered["base"] = { id, label: def.label };
  if (def.opts.help) base.help = def.opts.help;
  if (def.opts.disabled) base.disabled = true;
  if (scope.form !== undefined) base.form = scope.form;
  return { id, value, shown, base };
}

function fits(validate: Validate, spec: Record<string, unknown>, value: WireValue): boolean {
  return !(validate(spec, value) instanceof Invalid);
}

export function callbackOf(opts: CallbackOptions<AnyArgs>): Callback | undefined {
  return opts.onChange ? { fn: opts.onChange as Callback["fn"], args: opts.args ?? [] } : undefined;
}
