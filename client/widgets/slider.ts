/**
 * st.slider: native range inputs named by the label. The shown value follows the thumb
 * while dragging, but only `change` (release, or a key press) sends, so a drag is one run.
 * A range slider is a group of two inputs, "<label> start" and "<label> end", kept lo ≤ hi,
 * laid over one track (CSS lets only their thumbs take the pointer). The number beside the
 * track is for the eye only: screen readers hear the value from the slider itself.
 */
import type { ComponentChildren } from "preact";
import type { ElementProps } from "../../protocol/elements";
import { Field } from "../field";
import { html } from "../html";
import type { ViewProps } from "../view";
import { useWidget } from "../widget-state";

type Props = ElementProps["slider"];

const num = (e: Event) => Number((e.currentTarget as HTMLInputElement).value);

/** Where a value sits along the track, as a CSS length (the thumb's centre travels 1rem less than the width). */
function at(props: Props, v: number): string {
  const f = props.max > props.min ? (v - props.min) / (props.max - props.min) : 0;
  return `calc(0.5rem + (100% - 1rem) * ${Math.min(1, Math.max(0, f))})`;
}

function Track(p: { props: Props; from: number; to: number; children: ComponentChildren }) {
  const fill = { left: at(p.props, p.from), right: `calc(100% - ${at(p.props, p.to)})` };
  return html`<div class="el-track"><div class="el-track-fill" style=${fill}></div>${p.children}</div>`;
}

function Thumb(p: { props: Props; name: string; value: number; disabled: boolean; set(v: number, commit: boolean): void; top?: boolean }) {
  const { min, max, step } = p.props;
  return html`<input
    type="range"
    class=${p.top ? "el-range el-top" : "el-range"}
    min=${min}
    max=${max}
    step=${step}
    value=${String(p.value)}
    aria-label=${p.name}
    disabled=${p.disabled}
    onInput=${(e: Event) => p.set(num(e), false)}
    onChange=${(e: Event) => p.set(num(e), true)}
  />`;
}

export function Slider({ props }: ViewProps<Props>) {
  const w = useWidget<number | [number, number]>(props);
  const v = w.value;
  const set = (x: number | [number, number], commit: boolean) => (commit ? w.commit(x) : w.setDraft(x));
  if (!Array.isArray(v)) {
    return html`<${Field} label=${props.label} help=${props.help}>
      <div class="el-slider">
        <${Track} props=${props} from=${props.min} to=${v}>
          <${Thumb} props=${props} name=${props.label} value=${v} disabled=${w.disabled} set=${set} />
        <//>
        <span class="el-slider-value" aria-hidden="true">${v}</span>
      </div>
    <//>`;
  }
  const [lo, hi] = v;
  const setLo = (x: number, commit: boolean) => set([Math.min(x, hi), hi], commit);
  const setHi = (x: number, commit: boolean) => set([lo, Math.max(x, lo)], commit);
  // The start thumb goes on top in the upper half: at lo = hi = max it would be buried.
  return html`<${Field} label=${props.label} help=${props.help}>
    <div class="el-slider el-slider-pair" role="group" aria-label=${props.label}>
      <${Track} props=${props} from=${lo} to=${hi}>
        <${Thumb} props=${props} name=${`${props.label} start`} value=${lo} disabled=${w.disabled} set=${setLo} top=${lo > (props.min + props.max) / 2} />
        <${Thumb} props=${props} name=${`${props.label} end`} value=${hi} disabled=${w.disabled} set=${setHi} />
      <//>
      <span class="el-slider-value" aria-hidden="true">${lo} – ${hi}</span>
    </div>
  <//>`;
}
