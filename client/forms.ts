/**
 * Forms: a widget inside a form does not send; its value waits in a per-form buffer until
 * a submit button sends them all in one `submit`, so the page re-runs once per submit and
 * not per keystroke (Streamlit's st.form). Outside a form a value is sent at once.
 */
import type { WidgetBase, WireValue } from "../protocol/elements";
import { send } from "./send";

const buffers = new Map<string, Record<string, WireValue>>();
/** forms whose widgets go back to their server values after a submit */
const clearing = new Set<string>();
/** per form, the widgets' "drop your draft" callbacks, for clear-on-submit */
const resets = new Map<string, Set<() => void>>();

/** A widget's new value: buffered if it is in a form, else sent as a `widget` message. */
export function commitValue(widget: WidgetBase, v: WireValue): void {
  if (widget.form) {
    const buffer = buffers.get(widget.form) ?? {};
    buffer[widget.id] = v;
    buffers.set(widget.form, buffer);
  } else send({ t: "widget", id: widget.id, v });
}

/** Sends the form's buffered values with the button that fired; keeps them if the send was dropped. */
export function submitForm(form: string, button: string): void {
  if (!send({ t: "submit", form, button, values: buffers.get(form) ?? {} })) return;
  buffers.delete(form);
  // The server resets a clearing form's values to their defaults — usually what the
  // widgets already hold as server values, so no op would arrive to drop the drafts.
  if (clearing.has(form)) for (const reset of resets.get(form) ?? []) reset();
}

/** Called by the form block on render, so submit knows whether to clear. */
export function declareForm(form: string, clearOnSubmit: boolean): void {
  if (clearOnSubmit) clearing.add(form);
  else clearing.delete(form);
}

/** Registers a widget's draft reset for its form; returns the unregister function. */
export function onFormReset(form: string, reset: () => void): () => void {
  const set = resets.get(form) ?? new Set();
  set.add(reset);
  resets.set(form, set);
  return () => set.delete(reset);
}
