/**
 * st.slider: native range inputs named by the label. The shown value follows the thumb
 * while dragging, but only `change` (release, or a key press) sends, so a drag is one run.
 * A range slider is a group of two inputs, "<label> start" and "<label> end", kept lo ≤ hi,
 * laid over one track (CSS lets only their thumbs take the pointer). The number beside the
 * track is for the eye only: screen readers hear the value from the slider itself.
 *
 * st.selectSlider is this slider over its options' positions (widgets/select-slider.ts):
 * `SliderView` takes the scale and how a position reads, aloud (aria-valuetext) and on screen
 * (beside the track, or above it).
 *
 * Streamlit moves the nearer end of a range to where its track is pressed (and drags it
 * from there). Two overlaid native inputs can't share that: so while the pointer moves over
 * the track, the input of the end nearer to it covers the whole track, and the browser's
 * own press, drag and release work on it as on a single slider.
 */
import type { ComponentChildren, RefObject } from "preact";
import { useRef } from "preact/hooks";
import type { ElementProps, WidgetBase } from "../../../protocol/elements";
import { Field } from "../field";
import { html } from "../html";
import { useWidget } from "../use-widget";
import type { ViewProps } from "../view-props";

/** Where a slider's values lie: from min to max in steps. */
export interface Scale {
  min: number;
  max: number;
  step: number;
}

type Props = Scale;

const num = (e: Event) => Number((e.currentTarget as HTMLInputElement).value);

/** Where a value sits along the track, as a CSS length (the thumb's centre travels 1rem less than the width). */
function at(props: Props, v: number): string {
  const f = props.max > props.min ? (v - props.min) / (props.max - props.min) : 0;
  return `calc(0.5rem + (100% - 1rem) * ${Math.min(1, Math.max(0, f))})`;
}

/** The value under the pointer: the thumb's centre travels from 0.5rem to 100% − 0.5rem. */
function valueAt(props: Props, track: HTMLElement, clientX: number): number {
  const half = Number.parseFloat(getComputedStyle(document.documentElement).fontSize) / 2;
  const r = track.getBoundingClientRect();
  const f = Math.min(1, Math.max(0, (clientX - r.left - half) / Math.max(1, r.width - 2 * half)));
  const stepped = props.min + Math.round((f * (props.max - props.min)) / props.step) * props.step;
  // toPrecision drops float noise from stepping (0.1 + 0.2 → 0.3).
  return Math.min(props.max, Number(stepped.toPrecision(12)));
}

/** Which end a press at `v` takes: the nearer; between equals the start, as in Streamlit. */
function nearerEnd(props: Props, lo: number, hi: number, v: number): 0 | 1 {
  if (v < lo) return 0;
  if (v > hi) return 1;
  if (lo === hi) return lo > (props.min + props.max) / 2 ? 0 : 1;
  return v - lo <= hi - v ? 0 : 1;
}

function Track(p: { props: Props; from: number; to: number; children: ComponentChildren; onPointerMove?(e: PointerEvent): void; onPointerDown?(e: PointerEvent): void }) {
  const fill = { left: at(p.props, p.from), right: `calc(100% - ${at(p.props, p.to)})` };
  return html`<div class="el-track" onPointerMove=${p.onPointerMove} onPointerDown=${p.onPointerDown}>
    <div class="el-track-fill" style=${fill}></div>
    ${p.children}
  </div>`;
}

function Thumb(p: {
  props: Props;
  name: string;
  value: number;
  disabled: boolean;
  set(v: number, commit: boolean): void;
  top?: boolean;
  inputRef?: RefObject<HTMLInputElement>;
  /** what the value reads as, when not the number itself */
  text?: string;
}) {
  const { min, max, step } = p.props;
  return html`<input
    ref=${p.inputRef}
    type="range"
    class=${p.top ? "el-range el-top" : "el-range"}
    min=${min}
    max=${max}
    step=${step}
    value=${String(p.value)}
    aria-label=${p.name}
    aria-valuetext=${p.text}
    disabled=${p.disabled}
    onInput=${(e: Event) => p.set(num(e), false)}
    onChange=${(e: Event) => p.set(num(e), true)}
  />`;
}

export function Slider({ props }: ViewProps<ElementProps["slider"]>) {
  return html`<${SliderView} widget=${props} scale=${props} />`;
}

export function SliderView({ widget, scale: props, show, above }: {
  widget: WidgetBase & { value: number | [number, number] };
  scale: Scale;
  /** how a value reads (default: the number) */
  show?: (v: number) => string;
  /** the value above the track rather than beside it (texts of any length) */
  above?: boolean;
}) {
  const w = useWidget<number | [number, number]>(widget);
  const text = (x: number) => show?.(x);
  const ends = [useRef<HTMLInputElement>(null), useRef<HTMLInputElement>(null)] as const;
  const v = w.value;
  const set = (x: number | [number, number], commit: boolean) => (commit ? w.commit(x) : w.setDraft(x));
  if (!Array.isArray(v)) {
    return html`<${Field} label=${widget.label} help=${widget.help}>
      <div class=${above ? "el-slider el-slider-above" : "el-slider"}>
        <${Track} props=${props} from=${props.min} to=${v}>
          <${Thumb} props=${props} name=${widget.label} value=${v} text=${text(v)} disabled=${w.disabled} set=${set} />
        <//>
        <span class="el-slider-value" aria-hidden="true">${text(v) ?? v}</span>
      </div>
    <//>`;
  }
  const [lo, hi] = v;
  const setLo = (x: number, commit: boolean) => set([Math.min(x, hi), hi], commit);
  const setHi = (x: number, commit: boolean) => set([lo, Math.max(x, lo)], commit);
  const track = (e: PointerEvent) => e.currentTarget as HTMLElement;
  // The nearer end's input takes the whole track (set on the element: Preact has no say in
  // it); not while a button is held, so a drag keeps the end it started with.
  const follow = (e: PointerEvent) => {
    if (e.buttons !== 0 || w.disabled) return;
    const near = nearerEnd(props, lo, hi, valueAt(props, track(e), e.clientX));
    ends.forEach((end, i) => {
      if (!end.current) return;
      end.current.style.pointerEvents = i === near ? "auto" : "";
      end.current.style.zIndex = i === near ? "2" : "";
    });
  };
  // A press that reached the bare track (a touch, with no hover before it) moves the nearer end there.
  const press = (e: PointerEvent) => {
    if (e.target instanceof HTMLInputElement || w.disabled) return;
    const v = valueAt(props, track(e), e.clientX);
    (nearerEnd(props, lo, hi, v) === 0 ? setLo : setHi)(v, true);
  };
  // The start thumb goes on top in the upper half: at lo = hi = max it would be buried.
  return html`<${Field} label=${widget.label} help=${widget.help}>
    <div class=${above ? "el-slider el-slider-pair el-slider-above" : "el-slider el-slider-pair"} role="group" aria-label=${widget.label}>
      <${Track} props=${props} from=${lo} to=${hi} onPointerMove=${follow} onPointerDown=${press}>
        <${Thumb} props=${props} name=${`${widget.label} start`} value=${lo} text=${text(lo)} disabled=${w.disabled} set=${setLo} top=${lo > (props.min + props.max) / 2} inputRef=${ends[0]} />
        <${Thumb} props=${props} name=${`${widget.label} end`} value=${hi} text=${text(hi)} disabled=${w.disabled} set=${setHi} inputRef=${ends[1]} />
      <//>
      <span class="el-slider-value" aria-hidden="true">${show ? `${show(lo)} – ${show(hi)}` : `${lo} – ${hi}`}</span>
    </div>
  <//>`;
}
