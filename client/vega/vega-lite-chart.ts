/**
 * st.vegaLiteChart in the browser: the spec compiled by vega-lite and drawn by vega's View
 * as SVG, with vega-tooltip for the spec's tooltips. Its own lazy chunk (vega is large), so
 * only pages with such a chart download it.
 *
 * The page's CSP allows no eval, and vega compiles its expressions with `new Function`
 * by default: the runtime is parsed to an AST and run by vega-interpreter instead.
 */

import { useEffect, useRef, useState } from "preact/hooks";
import { View, parse } from "vega";
import { expressionInterpreter } from "vega-interpreter";
import { type TopLevelSpec, compile } from "vega-lite";
import { Handler } from "vega-tooltip";
import type { ElementProps } from "../../protocol/elements";
import { html } from "../chart/html";
import { useWidth } from "../chart/use-width";
import { streamlitTheme } from "./theme";

type Props = ElementProps["vegaLiteChart"];
type Spec = Record<string, unknown>;

/** Single and layered views can be sized; concatenated and faceted ones size themselves by their parts. */
const sizable = (spec: Spec) => "mark" in spec || "layer" in spec;

/**
 * The spec at the container's width (Streamlit's use_container_width, its default), fit to
 * it with padding and axes included unless the spec says how to autosize — or at the
 * spec's own width; and at the height asked for.
 */
export function sized(spec: Spec, width: number, height: number | undefined): Spec {
  if (!sizable(spec)) return spec;
  const out: Spec = { ...spec };
  if (height !== undefined) out.height = height;
  // The spec's own width is its plot's, axes outside it, as in Vega-Lite.
  if (typeof out.width === "number") return out;
  out.width = width;
  out.autosize ??= { type: "fit", contains: "padding" };
  return out;
}

/** The accessible name: the spec's description or title, else what it is. */
function nameOf(spec: Spec): string {
  const title = spec.title;
  const text = typeof title === "string" ? title : title && typeof title === "object" ? (title as { text?: unknown }).text : undefined;
  if (typeof spec.description === "string" && spec.description) return spec.description;
  if (typeof text === "string" && text) return `Chart: ${text}`;
  return "Vega-Lite chart";
}

/** Whether the system asks for dark mode now, kept current (the app's colours follow it). */
function useDark(): boolean {
  const query = typeof matchMedia === "function" ? matchMedia("(prefers-color-scheme: dark)") : undefined;
  const [dark, setDark] = useState(!!query?.matches);
  useEffect(() => {
    if (!query) return;
    const on = () => setDark(query.matches);
    query.addEventListener("change", on);
    return () => query.removeEventListener("change", on);
  }, []);
  return dark;
}

/**
 * The chart's box is named for assistive technology here; vega draws into a div inside it
 * (vega sets its own container's role and label, from the spec's description, or removes them).
 */
export function VegaLiteChart({ props }: { props: Props }) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const plot = useRef<HTMLDivElement>(null);
  const dark = useDark();
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const el = plot.current;
    if (!el || !width) return;
    let view: View | undefined;
    try {
      const config = props.theme === "streamlit" ? streamlitTheme(el) : undefined;
      const vg = compile(sized(props.spec, width, props.height) as unknown as TopLevelSpec, config ? { config } : {}).spec;
      const tooltip = new Handler({ theme: dark ? "dark" : "light" }).call;
      view = new View(parse(vg, undefined, { ast: true }), { expr: expressionInterpreter, renderer: "svg", container: el, hover: true, tooltip });
      setError(null);
      view.runAsync().catch((err: Error) => setError(err.message));
    } catch (err) {
      setError((err as Error).message);
    }
    return () => view?.finalize();
  }, [props.spec, props.height, props.theme, width, dark]);

  return html`<div ref=${ref} class="el-vega-lite">
<div role="img" aria-label=${nameOf(props.spec)} tabIndex="0" style=${error ? "display:none" : ""}><div ref=${plot} /></div>
${error && html`<div class="el-note" role="alert">This Vega-Lite spec could not be drawn: ${error}</div>`}
</div>`;
}
