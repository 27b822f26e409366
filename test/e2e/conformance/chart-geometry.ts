/**
 * What the browser tests measure of an edgelit chart: its bars, areas' top lines and points
 * as drawn, read back from the SVG each series is one path of.
 */
import type { Locator } from "playwright-core";

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Drawn {
  /** per series: its fill's colour and the shapes in its path */
  fills: { color: string; opacity: string; d: string }[];
  /** per series with a line: its points */
  lines: { x: number; y: number }[][];
  /** the value-axis and x-axis labels */
  labels: string[];
  /** the SVG's position on the page */
  box: { x: number; y: number; width: number; height: number };
}

/** The chart (an `.el-chart`) as drawn. */
export function drawn(chart: Locator): Promise<Drawn> {
  return chart.evaluate((el) => {
    const svg = el.querySelector("svg")!;
    const r = svg.getBoundingClientRect();
    const marks = svg.querySelector("g[data-mark]")!;
    const fills = Array.from(marks.querySelectorAll("path"))
      .filter((p) => p.getAttribute("fill") !== "none")
      .map((p) => ({ color: p.getAttribute("fill")!, opacity: p.getAttribute("fill-opacity")!, d: p.getAttribute("d")! }));
    const lines = Array.from(marks.querySelectorAll('path[fill="none"]'))
      .filter((p) => p.getAttribute("stroke-width") !== "6")
      .map((p) =>
        (p.getAttribute("d")!.match(/[ML][-\d.]+,[-\d.]+/g) ?? []).map((s: string) => {
          const [x, y] = s.slice(1).split(",").map(Number);
          return { x: x!, y: y! };
        }),
      );
    const labels = Array.from(svg.querySelectorAll("text")).map((t) => t.textContent ?? "");
    return { fills, lines, labels, box: { x: r.x, y: r.y, width: r.width, height: r.height } };
  });
}

/** The rectangles of a bars path ("M…L…L…L…Z" each). */
export function rects(d: string): Rect[] {
  return d
    .split("Z")
    .filter(Boolean)
    .map((one) => {
      const n = (one.match(/-?[\d.]+/g) ?? []).map(Number);
      const xs = [n[0]!, n[2]!, n[4]!, n[6]!];
      const ys = [n[1]!, n[3]!, n[5]!, n[7]!];
      const x = Math.min(...xs);
      const y = Math.min(...ys);
      return { x, y, w: Math.max(...xs) - x, h: Math.max(...ys) - y };
    });
}

/** The circles of a points path (two arcs each): centre and radius. */
export function circles(d: string): { cx: number; cy: number; r: number }[] {
  return [...d.matchAll(/M(-?[\d.]+),(-?[\d.]+)a([\d.]+)/g)].map((m) => ({ cx: Number(m[1]) + Number(m[3]), cy: Number(m[2]), r: Number(m[3]) }));
}
