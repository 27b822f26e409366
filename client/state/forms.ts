/**
 * Forms: a widget inside a form does not send; its value waits in a per-form buffer until
 * a submit button sends them all in one `submit`, so the page re-runs once per submit and
 * not per keystroke (Streamlit's st.form). Outside a form a value is sent at once.
 */
import type { WidgetBase, WireValue } from "../../protocol/elements";
import { send } from "../wire/send";

const buffers = new Map<string, Record<string, WireValue>>();

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
  // The submitted values are shown until the run answers; a clearing form's run renders
  // the defaults, which differ from the submitted values, so they arrive as patches.
}

