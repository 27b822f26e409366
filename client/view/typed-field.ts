/**
 * The browser's own date and time fields report every keystroke as a change (Chromium: a
 * date passes through "" and years 0001, 0019, 0197 on the way to 1970). So typing is a
 * draft, sent on blur or Enter; a change made without the keyboard — the field's picker,
 * whose keys and clicks never reach the input — is final at once. Enter doesn't submit the
 * field's form (Streamlit submits on Enter from text and number inputs only).
 */
import { useRef } from "preact/hooks";
import { html } from "./html";

export interface TypedField<V> {
  /** the field's value as the widget's (an incomplete entry reads as "") */
  read(input: HTMLInputElement): V;
  /** show `v`; `final`: the person is done with it, so send it */
  set(v: V, final: boolean): void;
  /** tidy the field when the person is done (before it is read) */
  settle?(input: HTMLInputElement): void;
}

export function useTypedField<V>(field: TypedField<V>) {
  const keying = useRef(false);
  const done = (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    field.settle?.(input);
    field.set(field.read(input), true);
  };
  return {
    onKeyDown(e: KeyboardEvent) {
      keying.current = true;
      if (e.key !== "Enter") return;
      e.preventDefault();
      done(e);
    },
    onKeyUp: () => void (keying.current = false),
    onChange: (e: Event) => field.set(field.read(e.currentTarget as HTMLInputElement), !keying.current),
    onBlur(e: FocusEvent) {
      keying.current = false;
      done(e);
    },
  };
}

/** Empties a field that may be empty (a range, a date or time that started with none). */
export function ClearButton(p: { label: string; disabled: boolean; clear(): void }) {
  return html`<button type="button" class="el-clear" aria-label=${`Clear ${p.label}`} disabled=${p.disabled} onClick=${p.clear}>×</button>`;
}
