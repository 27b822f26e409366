/**
 * chatInput: a message box. Its value is a trigger, as a button's is: the submitted text
 * for exactly the run the submit caused, null in every other run. Written straight into
 * the main area it is pinned to the bottom of the page (Streamlit's bottom container);
 * in a container, a column, an expander or the sidebar it sits where it was written.
 */
import type { Target } from "../target";
import { AuthorError } from "../errors";
import { invalid, type Validate } from "./kind";
import { type AnyArgs, callbackOf, registerWidget, type WidgetOptions } from "./register";

/** hard cap even without maxChars, so one message can't fill the session's storage */
const MAX_MESSAGE = 100_000;

export interface ChatInputOptions<A extends unknown[] = unknown[]> extends WidgetOptions {
  /** the longest message a person can type */
  maxChars?: number;
  /** runs before the next page run when a message is submitted (Streamlit's on_submit) */
  onSubmit?: (...args: A) => unknown;
  args?: A;
}

export interface ChatInputApi {
  /**
   * A chat message box; returns the submitted message in the run it caused, else null.
   * Enter submits, Shift+Enter starts a new line.
   * @example const prompt = st.chatInput("Say something"); if (prompt) messages.push(prompt);
   */
  chatInput<A extends unknown[]>(placeholder?: string, opts?: ChatInputOptions<A>): string | null;
}

/** A message: text, not empty, within the box's limit. */
export const validateChat: Validate = (spec, v) => {
  const max = (spec.maxChars as number | undefined) ?? MAX_MESSAGE;
  if (typeof v !== "string") return invalid("a chat input sends text");
  if (v.trim() === "") return invalid("an empty message is not sent");
  return v.length <= max ? v : invalid(`a message longer than ${max} characters`);
};

export const chatInputApi: ChatInputApi & ThisType<Target> = {
  chatInput(placeholder = "Your message", opts: ChatInputOptions<AnyArgs> = {}) {
    if (this.scope.form !== undefined) throw new AuthorError("`chatInput` can't be used inside a form.");
    if (opts.maxChars !== undefined && !(Number.isInteger(opts.maxChars) && opts.maxChars > 0)) {
      throw new AuthorError(`chatInput "${placeholder}": maxChars must be a positive whole number.`);
    }
    const r = registerWidget(this, {
      validate: validateChat,
      kind: "chatInput",
      label: String(placeholder),
      params: [opts.maxChars ?? null],
      spec: opts.maxChars !== undefined ? { maxChars: opts.maxChars } : {},
      initial: null,
      opts,
      callback: callbackOf({ onChange: opts.onSubmit, args: opts.args }),
      trigger: true,
    });
    // st itself (the main root, not a block inside it): Streamlit pins that one to the bottom
    const bottom = this.scope.root === "main" && this.path.length === 1;
    this.element("chatInput", {
      ...r.base,
      ...(opts.maxChars !== undefined ? { maxChars: opts.maxChars } : {}),
      ...(bottom ? { bottom: true as const } : {}),
    });
    // the text arrived with the press (durable/inbound.ts keeps it with the widget's values)
    if (r.value !== true) return null;
    const text = this.ctx.stores.widgets[r.id];
    return typeof text === "string" ? text : null;
  },
};
