/**
 * st.timeInput: the browser's own time field, "HH:MM" on the wire. As with dates, typing
 * into its fields is a draft sent on blur or Enter (each keystroke is a "change" in
 * Chromium); a time picked without the keyboard is sent at once. One that started with no
 * time has a button that empties it again.
 */
import { useId, useRef } from "preact/hooks";
import type { ElementProps } from "../../../protocol/elements";
import { Field } from "../field";
import { html } from "../html";
import { useWidget } from "../use-widget";
import type { ViewProps } from "../view-props";

export function TimeInput({ props }: ViewProps<ElementProps["timeInput"]>) {
  const w = useWidget(props);
  const id = useId();
  const keying = useRef(false);
  // an incomplete time reads as "": keep the last one unless emptying is allowed
  const read = (input: HTMLInputElement) => (input.value ? input.value.slice(0, 5) : props.clearable ? null : w.value);
  const done = (e: Event) => w.commit(read(e.currentTarget as HTMLInputElement));
  return html`<${Field} for=${id} label=${props.label} help=${props.help}>
    <div class="el-date">
      <input
        id=${id}
        class="el-input"
        type="time"
        step=${props.step}
        value=${w.value ?? ""}
        disabled=${w.disabled}
        onKeyDown=${(e: KeyboardEvent) => {
          keying.current = true;
          if (e.key !== "Enter") return;
          e.preventDefault(); // a time field does not submit its form (Streamlit: text and number inputs do)
          done(e);
        }}
        onKeyUp=${() => (keying.current = false)}
        onChange=${(e: Event) => {
          const v = read(e.currentTarget as HTMLInputElement);
          if (keying.current) w.setDraft(v);
          else w.commit(v);
        }}
        onBlur=${done}
      />
      ${props.clearable && w.value !== null &&
      html`<button type="button" class="el-clear" aria-label=${`Clear ${props.label}`} disabled=${w.disabled} onClick=${() => w.commit(null)}>×</button>`}
    </div>
  <//>`;
}
