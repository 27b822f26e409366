/** textArea: several lines of text, sent by the browser on blur or Ctrl/⌘+Enter (Streamlit's st.text_area). */
import { AuthorError } from "../errors";
import type { Target } from "../target";
import { type CallbackOptions, callbackOf, registerWidget, type WidgetOptions } from "./register";
import { textSpec, validateText } from "./text-input";

/** Streamlit refuses a text area shorter than this: it would not show one line and its padding. */
const MIN_HEIGHT = 68;

export interface TextAreaOptions<A extends unknown[] = unknown[]> extends WidgetOptions, CallbackOptions<A> {
  /** default ""; null (Streamlit's value=None) returns null until something is entered */
  value?: string | null;
  placeholder?: string;
  maxChars?: number;
  /** pixels, at least 68 (default: about three lines) */
  height?: number;
}

export interface TextAreaApi {
  /** @example const notes = st.textArea("Notes", { height: 150, maxChars: 500 }); */
  textArea<A extends unknown[] = unknown[]>(label: string, opts: TextAreaOptions<A> & { value: null }): string | null;
  textArea<A extends unknown[] = unknown[]>(label: string, opts?: TextAreaOptions<A>): string;
}

export const textAreaApi: TextAreaApi & ThisType<Target> = {
  textArea(label: string, opts: TextAreaOptions = {}) {
    if (opts.height !== undefined && !(opts.height >= MIN_HEIGHT)) {
      throw new AuthorError(`textArea "${label}": height ${opts.height} is too small; it must be at least ${MIN_HEIGHT} pixels.`);
    }
    const initial = opts.value === undefined ? "" : opts.value;
    const spec = textSpec(initial, opts.maxChars);
    const r = registerWidget(this, {
      validate: validateText,
      kind: "textArea",
      label,
      params: [initial, opts.maxChars ?? null, opts.height ?? null],
      spec,
      initial,
      opts,
      callback: callbackOf(opts),
    });
    this.element("textArea", {
      ...r.base,
      value: r.shown as string | null,
      ...(opts.placeholder ? { placeholder: opts.placeholder } : {}),
      ...(opts.maxChars !== undefined ? { maxChars: opts.maxChars } : {}),
      ...(opts.height !== undefined ? { height: opts.height } : {}),
    });
    return r.value as string;
  },
} as TextAreaApi & ThisType<Target>;
