/** The width of an element, kept current with a ResizeObserver, so the chart's SVG follows its container. */

import type { RefObject } from "preact";
import { useLayoutEffect, useRef, useState } from "preact/hooks";

/**
 * A ref to attach and the attached element's content width in whole pixels (0 until
 * measured). Measured in a layout effect, so the first paint already has the chart.
 */
export function useWidth<T extends HTMLElement>(): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(Math.floor(el.clientWidth));
    if (typeof ResizeObserver === "undefined") return;
    // Whole pixels: sub-pixel changes would rebuild every path for nothing.
    const ro = new ResizeObserver(([e]) => e && setWidth(Math.floor(e.contentRect.width)));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, width];
}
