/**
 * st.dateInput: native date inputs, ISO dates on the wire. A range is a group of two
 * inputs, "<label> start" and "<label> end"; it sends once both are set (in order) or
 * both cleared, so a half-chosen range never re-runs the page.
 */
import { useId } from "preact/hooks";
import type { ElementProps } from "../../protocol/elements";
import { Field } from "../field";
import { html } from "../html";
import type { ViewProps } from "../view";
import { useWidget } from "../widget-state";

type Props = ElementProps["dateInput"];

const dateOf = (e: Event) => (e.currentTarget as HTMLInputElement).value || null;

function DateBox(p: { id?: string; name?: string; props: Props; value: string | null; disabled: boolean; set(v: string | null): void }) {
  return html`<input
    id=${p.id}
    class="el-input"
    type="date"
    aria-label=${p.name}
    min=${p.props.min}
    max=${p.props.max}
    value=${p.value ?? ""}
    disabled=${p.disabled}
    onChange=${(e: Event) => p.set(dateOf(e))}
  />`;
}

export function DateInput({ props }: ViewProps<Props>) {
  const w = useWidget(props);
  const id = useId();
  const v = w.value;
  if (!props.range) {
    const single = Array.isArray(v) ? (v[0] ?? null) : v;
    return html`<${Field} for=${id} label=${props.label} help=${props.help}>
      <${DateBox} id=${id} props=${props} value=${single} disabled=${w.disabled} set=${(d: string | null) => w.commit(d)} />
    <//>`;
  }
  const pair = Array.isArray(v) ? v : v ? [v] : [];
  const start = pair[0] || null;
  const end = pair[1] || null;
  const set = (lo: string | null, hi: string | null) => {
    if (lo && hi) w.commit(lo <= hi ? [lo, hi] : [hi, lo]);
    else if (!lo && !hi) w.commit([]);
    // Half a range is shown, not sent; "" holds the empty side's place in the draft.
    else w.setDraft([lo ?? "", hi ?? ""]);
  };
  return html`<${Field} label=${props.label} help=${props.help}>
    <div class="el-date-range" role="group" aria-label=${props.label}>
      <${DateBox} name=${`${props.label} start`} props=${props} value=${start} disabled=${w.disabled} set=${(d: string | null) => set(d, end)} />
      <span aria-hidden="true">–</span>
      <${DateBox} name=${`${props.label} end`} props=${props} value=${end} disabled=${w.disabled} set=${(d: string | null) => set(start, d)} />
    </div>
  <//>`;
}
