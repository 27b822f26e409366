/**
 * Layout containers: columns, tabs, expander, container, empty (placeholder), form.
 * Each returns containers with the same element methods as `st`.
 */
import type { Container } from "./container";
import { AuthorError } from "./errors";

export interface FormOptions {
  /** reset every widget of the form to its default after a submit */
  clearOnSubmit?: boolean;
  /** Enter in a text or number input submits the form (default true, as in Streamlit) */
  enterToSubmit?: boolean;
  border?: boolean;
}

/** N containers as a tuple, so `const [a, b] = st.columns(2)` needs no undefined checks. */
type Containers<N extends number, Acc extends Container[] = []> = number extends N
  ? Container[]
  : Acc["length"] extends N
    ? Acc
    : Containers<N, [...Acc, Container]>;

export interface LayoutApi {
  /**
   * Side-by-side columns: a count, or relative widths.
   * @example const [main, side] = st.columns([3, 1]);
   */
  columns<const S extends number | readonly number[]>(
    spec: S,
    opts?: { gap?: "small" | "medium" | "large" },
  ): S extends number ? Containers<S> : { -readonly [K in keyof S]: Container };
  /** Tabs; every tab's content is rendered, the browser shows the selected one. */
  tabs<const L extends readonly string[]>(labels: L): { -readonly [K in keyof L]: Container };
  /** A collapsible section. */
  expander(label: string, opts?: { expanded?: boolean }): Container;
  /** A group of elements, optionally with a border. */
  container(opts?: { border?: boolean }): Container;
  /**
   * A placeholder: each write replaces what it holds.
   * @example const status = st.empty(); status.text("Working…"); …; status.success("Done");
   */
  empty(): Container;
  /**
   * A form: its widgets don't rerun the page as they change; one run happens when a
   * `formSubmitButton` is pressed, with every value of the form.
   */
  form(key: string, opts?: FormOptions): Container;
}

export const layoutApi = {
  columns(spec: number | readonly number[], opts: { gap?: "small" | "medium" | "large" } = {}) {
    const weights = typeof spec === "number" ? Array.from({ length: spec }, () => 1) : [...spec];
    if (weights.length === 0 || weights.some((w) => !(w > 0))) {
      throw new AuthorError("columns: give a positive count or a list of positive widths.");
    }
    // Streamlit's nesting rules, so a page written for one behaves the same on the other:
    // columns in columns one level deep in the main area, not at all in the narrow sidebar.
    const depth = this.scope.columns ?? 0;
    if (depth > 0 && this.scope.root === "sidebar") {
      throw new AuthorError(
        "Columns cannot be placed inside other columns in the sidebar. This is only possible in the main area of the app.",
      );
    }
    if (depth > 1) throw new AuthorError("Columns can only be placed inside other columns up to one level of nesting.");
    const row = this.block("columns", { gap: opts.gap ?? "small" });
    return weights.map((weight) => row.block("column", { weight }, { ...this.scope, columns: depth + 1 }));
  },
  tabs(labels: readonly string[]) {
    if (labels.length === 0) throw new AuthorError("tabs: give at least one tab label.");
    const bar = this.block("tabs", { labels: labels.map(String) });
    return labels.map((label) => bar.block("tab", { label: String(label) }));
  },
  expander(label, opts = {}) {
    // Streamlit's rule too, so a page written for one behaves the same on the other.
    if (this.scope.inExpander) throw new AuthorError("Expanders may not be nested inside other expanders.");
    return this.block("expander", { label: String(label), expanded: opts.expanded ?? false }, { ...this.scope, inExpander: true });
  },
  container(opts = {}) {
    return this.block("container", opts.border ? { border: true } : {});
  },
  empty() {
    return this.placeholder();
  },
  form(key, opts = {}) {
    if (this.scope.form !== undefined) throw new AuthorError("Forms cannot be nested in other forms.");
    if (!key) throw new AuthorError("form: a form needs a non-empty key.");
    if (this.ctx.forms.has(key)) throw new AuthorError(`There are multiple forms with the key "${key}".`);
    const clearOnSubmit = opts.clearOnSubmit ?? false;
    this.ctx.forms.set(key, clearOnSubmit);
    const props = { id: key, clearOnSubmit, border: opts.border ?? true, ...(opts.enterToSubmit === false ? { enterToSubmit: false as const } : {}) };
    return this.block("form", props, { ...this.scope, form: key });
  },
} as LayoutApi & ThisType<Container>;
