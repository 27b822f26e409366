/**
 * st.selectSlider: the slider (widgets/slider.ts) over the options' positions, 0 to n − 1 in
 * steps of 1, each position read as its option — beside the track and to screen readers
 * (aria-valuetext); the text sits above the track, since options may be long. It sends as the slider does: on release, or per arrow key.
 */
import type { ElementProps } from "../../../protocol/elements";
import { html } from "../html";
import type { ViewProps } from "../view-props";
import { SliderView } from "./slider";

export function SelectSlider({ props }: ViewProps<ElementProps["selectSlider"]>) {
  const scale = { min: 0, max: Math.max(0, props.options.length - 1), step: 1 };
  return html`<${SliderView} widget=${props} scale=${scale} show=${(i: number) => props.options[i] ?? ""} above />`;
}
