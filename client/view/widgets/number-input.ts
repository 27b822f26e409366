/**
 * st.numberInput: the text is a draft while typing; blur or Enter sends a number, clamped to
 * min/max and cut to a whole number for integers (Streamlit parses those with parseInt).
 * Emptied, it sends null if it started empty (`value: null`), which Escape also does as in
 * Streamlit; otherwise it shows its value again. +/- step and send at once.
 */
import { useId, useRef } from "preact/hooks";
import type { ElementProps } from "../../../protocol/elements";
import { Field } from "../field";
import { html } from "../html";
import { useWidget } from "../use-widget";
import type { ViewProps } from "../view-props";

type Props = ElementProps["numberInput"];

function fitValue(props: Props, v: number): number {
  // toPrecision drops float noise from stepping (0.1 + 0.2 → 0.3).
  const rounded = props.integer ? Math.trunc(v) : Number(v.toPrecision(12));
  return Math.min(props.max ?? Infinity, Math.max(props.min ?? -Infinity, rounded));
}

export function NumberInput({ props }: ViewProps<Props>) {
  const w = useWidget(props);
  const id = useId();
  // The typed text, kept so a re-render mid-typing (another run's output) does not reset
  // it; it follows the value whenever the value changes.
  const shown = w.value === null ? "" : String(w.value);
  const typed = useRef({ shown, text: shown });
  if (typed.current.shown !== shown) typed.current = { shown, text: shown };
  const commitText = (input: HTMLInputElement) => {
    const text = input.value.trim();
    const n = Number(text);
    // An unparseable entry ("1e": the browser reports "" and badInput) keeps the last value.
    // An empty entry is null only where the page allows it; elsewhere the server would refuse it.
    const empty = props.clearable ? null : w.value;
    const v = input.validity.badInput ? w.value : text === "" ? empty : Number.isFinite(n) ? fitValue(props, n) : w.value;
    typed.current = { shown: v === null ? "" : String(v), text: v === null ? "" : String(v) };
    input.value = typed.current.text;
    w.commit(v);
  };
  const step = (sign: 1 | -1) => w.commit(fitValue(props, (w.value ?? props.min ?? 0) + sign * props.step));
  return html`<${Field} for=${id} label=${props.label} help=${props.help}>
    <div class="el-number">
      <input
        id=${id}
        class="el-input"
        type="number"
        inputmode=${props.integer ? "numeric" : "decimal"}
        value=${typed.current.text}
        min=${props.min}
        max=${props.max}
        step=${props.step}
        placeholder=${props.placeholder}
        disabled=${w.disabled}
        onInput=${(e: Event) => (typed.current.text = (e.currentTarget as HTMLInputElement).value)}
        onBlur=${(e: FocusEvent) => commitText(e.currentTarget as HTMLInputElement)}
        onKeyDown=${(e: KeyboardEvent) => {
          if (e.key === "Enter") commitText(e.currentTarget as HTMLInputElement);
          else if (e.key === "Escape" && props.clearable) {
            // Streamlit clears an input that may be empty on Escape; Enter or blur sends it.
            (e.currentTarget as HTMLInputElement).value = typed.current.text = "";
          }
          // Streamlit: each arrow step is a value of its own, sent at once (not on blur).
          else if (e.key === "ArrowUp" || e.key === "ArrowDown") {
            e.preventDefault();
            step(e.key === "ArrowUp" ? 1 : -1);
          }
        }}
      />
      <button type="button" class="el-step" aria-label=${`Decrement ${props.label}`} tabIndex=${-1} disabled=${w.disabled} onClick=${() => step(-1)}>−</button>
      <button type="button" class="el-step" aria-label=${`Increment ${props.label}`} tabIndex=${-1} disabled=${w.disabled} onClick=${() => step(1)}>+</button>
    </div>
  <//>`;
}
