/**
 * st.dateInput: native date inputs, ISO dates on the wire. Typing into a date's fields is a
 * draft, sent on blur or Enter: Chromium reports every keystroke as a change, through ""
 * and years 0001, 0019, 0197 on the way to 1970. A day picked from the calendar is sent at
 * once. A range is a group of two inputs, "<label> start" and "<label> end", and sends the
 * dates that are set, start first: choosing only the start re-runs the page with a
 * one-date range, as Streamlit's calendar does, and the end completes it. A range, or a
 * date that may be null, has a button that empties it.
 */
import { useId } from "preact/hooks";
import type { ElementProps } from "../../../protocol/elements";
import { Field } from "../field";
import { ClearButton, useTypedField } from "../typed-field";
import { html } from "../html";
import { useWidget } from "../use-widget";
import type { ViewProps } from "../view-props";

type Props = ElementProps["dateInput"];

/** `final`: the person is done with this date (blur, Enter, a calendar pick), so send it. */
type Set = (date: string | null, final: boolean) => void;

function DateBox(p: { id?: string; name?: string; props: Props; value: string | null; disabled: boolean; set: Set }) {
  const typed = useTypedField<string | null>({
    read: (input) => input.value || null,
    set: p.set,
    // Fields left half cleared read as "": clear the rest too, so what shows is what is sent.
    settle: (input) => void (input.value === "" && (input.value = "")),
  });
  return html`<input
    id=${p.id}
    class="el-input"
    type="date"
    aria-label=${p.name}
    min=${p.props.min}
    max=${p.props.max}
    value=${p.value ?? ""}
    disabled=${p.disabled}
    ...${typed}
  />`;
}

export function DateInput({ props }: ViewProps<Props>) {
  const w = useWidget(props);
  const id = useId();
  const v = w.value;
  const within = (d: string) => (!props.min || d >= props.min) && (!props.max || d <= props.max);
  // A typed date outside min–max is not taken (the calendar doesn't offer it): the last one stays.
  const revert = () => w.setDraft(props.value);
  if (!props.range) {
    const single = Array.isArray(v) ? (v[0] ?? null) : v;
    const set: Set = (d, final) => {
      if (!final) w.setDraft(d);
      else if (d && !within(d)) revert();
      // A required date sent empty comes back as its default (the server's answer).
      else w.commit(d);
    };
    return html`<${Field} for=${id} label=${props.label} help=${props.help}>
      <div class="el-date">
        <${DateBox} id=${id} props=${props} value=${single} disabled=${w.disabled} set=${set} />
        ${props.clearable && single !== null && html`<${ClearButton} label=${props.label} disabled=${w.disabled} clear=${() => w.commit(null)} />`}
      </div>
    <//>`;
  }
  const pair = Array.isArray(v) ? v : v ? [v] : [];
  const start = pair[0] || null;
  const end = pair[1] || null;
  const set = (lo: string | null, hi: string | null, final: boolean, side: "start" | "end") => {
    // "" holds an empty side's place in a draft; only the dates that are set are sent.
    if (!final) return w.setDraft([lo ?? "", hi ?? ""]);
    // A start moved past the end begins a new range there, as a first click in Streamlit's
    // calendar does; an end put before the start just swaps them.
    const dates = lo && hi && lo > hi && side === "start" ? [lo] : [lo, hi].filter((d): d is string => !!d);
    if (!dates.every(within)) return revert();
    w.commit(dates.sort());
  };
  return html`<${Field} label=${props.label} help=${props.help}>
    <div class="el-date">
      <div class="el-date-range" role="group" aria-label=${props.label}>
        <${DateBox} name=${`${props.label} start`} props=${props} value=${start} disabled=${w.disabled} set=${(d: string | null, f: boolean) => set(d, end, f, "start")} />
        <span aria-hidden="true">–</span>
        <${DateBox} name=${`${props.label} end`} props=${props} value=${end} disabled=${w.disabled} set=${(d: string | null, f: boolean) => set(start, d, f, "end")} />
      </div>
      ${props.clearable && pair.some(Boolean) && html`<${ClearButton} label=${props.label} disabled=${w.disabled} clear=${() => w.commit([])} />`}
    </div>
  <//>`;
}
