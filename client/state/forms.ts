/**
 * Forms: a widget inside a form does not send; its value waits in its form's buffer until
 * a submit button sends them all in one `submit`, so the page re-runs once per submit and
 * not per keystroke (Streamlit's st.form). Outside a form a value is sent at once.
 */
import type { WidgetBase, WireValue } from "../../protocol/elements";
import type { Send } from "../wire/send";

export interface Forms {
  /** A widget's new value: buffered if it is in a form, else sent as a `widget` message. */
  commit(widget: WidgetBase, v: WireValue): void;
  /** Sends the form's buffered values with the button that fired; keeps them if the send was dropped. */
  submit(form: string, button: string): void;
}

/** The page's forms, sending through `send`. */
export function forms(send: Send): Forms {
  const buffers = new Map<string, Record<string, WireValue>>();
  return {
    commit(widget, v) {
      if (widget.form) {
        const buffer = buffers.get(widget.form) ?? {};
        buffer[widget.id] = v;
        buffers.set(widget.form, buffer);
      } else send({ t: "widget", id: widget.id, v });
    },
    submit(form, button) {
      if (!send({ t: "submit", form, button, values: buffers.get(form) ?? {} })) return;
      buffers.delete(form);
      // The submitted values are shown until the run answers; a clearing form's run renders
      // the defaults, which differ from the submitted values, so they arrive as patches.
    },
  };
}
