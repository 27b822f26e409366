/**
 * Text elements: title, header, subheader, markdown, caption, text, code, json, divider,
 * and `write`, which picks one of them from the value's type.
 */
import type { Container } from "../container";
import type { Target } from "../target";
import { exceptionProps } from "./exception";
import { type MarkdownOptions, markdownToHtml } from "./markdown";

export interface HeadingOptions {
  /** draw a divider under the heading */
  divider?: boolean;
}

export interface TextApi {
  /** A page title (h1). */
  title(text: string): void;
  /** A section header (h2). */
  header(text: string, opts?: HeadingOptions): void;
  /** A subsection header (h3). */
  subheader(text: string, opts?: HeadingOptions): void;
  /**
   * Markdown, rendered safely: raw HTML is shown as text unless `allowHtml` is set.
   * Returns a placeholder holding it: a running page writes into it to replace it.
   * @example st.markdown("**Bold** and a [link](https://example.com)");
   */
  markdown(source: string, opts?: MarkdownOptions): Container;
  /** Small, muted markdown text. */
  caption(source: string, opts?: MarkdownOptions): void;
  /**
   * Fixed-width text, shown as is. Returns a placeholder holding it, to replace it in place.
   * @example const line = st.text("Starting…"); await step(); line.text("Step 1 done");
   */
  text(text: string): Container;
  /** A code block. */
  code(code: string, opts?: { language?: string }): void;
  /** Pretty-printed JSON of any JSON-serialisable value. */
  json(value: unknown, opts?: { expanded?: boolean }): void;
  /** A horizontal rule. */
  divider(): void;
  /**
   * Writes anything: strings as markdown, numbers/booleans as text, errors as an exception,
   * other values as JSON. Several arguments are written one after the other.
   * @example st.write(`Script last ran at: ${time}`);
   */
  write(...values: unknown[]): void;
}

// (write() draws with the family's own methods)
export const textApi: TextApi & ThisType<Target & TextApi> = {
  title(text) {
    this.element("title", { text: String(text) });
  },
  header(text, opts = {}) {
    this.element("header", { text: String(text), ...(opts.divider ? { divider: true } : {}) });
  },
  subheader(text, opts = {}) {
    this.element("subheader", { text: String(text), ...(opts.divider ? { divider: true } : {}) });
  },
  markdown(source, opts) {
    return this.handle(this.element("markdown", { html: markdownToHtml(String(source), opts) }));
  },
  caption(source, opts) {
    this.element("caption", { html: markdownToHtml(String(source), opts) });
  },
  text(text) {
    return this.handle(this.element("text", { text: String(text) }));
  },
  code(code, opts = {}) {
    this.element("code", { code: String(code), ...(opts.language ? { language: opts.language } : {}) });
  },
  json(value, opts = {}) {
    this.element("json", { value: toJsonValue(value), expanded: opts.expanded ?? true });
  },
  divider() {
    this.element("divider", {});
  },
  write(...values) {
    for (const value of values) {
      if (typeof value === "string") this.markdown(value);
      else if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") {
        this.text(String(value));
      } else if (value instanceof Error) this.element("exception", exceptionProps(value));
      else if (value === undefined || value === null) this.text(String(value));
      else this.json(value);
    }
  },
};

/** A JSON-safe copy (Map/Set/Date/bigint made readable), so the wire never throws. */
function toJsonValue(value: unknown): unknown {
  const seen = new WeakSet<object>();
  return JSON.parse(
    JSON.stringify(value, (_key, v: unknown) => {
      if (typeof v === "bigint") return v.toString();
      if (v instanceof Map) return Object.fromEntries(v);
      if (v instanceof Set) return [...v];
      if (typeof v === "object" && v !== null) {
        if (seen.has(v)) return "[Circular]";
        seen.add(v);
      }
      return v;
    }) ?? "null",
  );
}
