/** The chart's keyboard: arrows step through x, PageUp/PageDown jump a tenth, Home/End go to the ends, Escape hides. */

/**
 * The index a key moves the crosshair to from `i` (null: nothing shown) among `n`
 * points; null to hide it; undefined for keys the chart leaves alone.
 * @example keyTarget("ArrowLeft", null, 30) // 29: back keys start from the last x
 */
export function keyTarget(key: string, i: number | null, n: number): number | null | undefined {
  if (key === "Escape") return null;
  const page = Math.max(1, Math.round(n / 10));
  const moves: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, PageDown: page, PageUp: -page, Home: -n, End: n };
  const move = moves[key];
  if (move === undefined) return undefined;
  return Math.max(0, Math.min(n - 1, (i ?? (move > 0 ? -1 : n)) + move));
}
