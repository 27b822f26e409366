/** Number formatting for the dashboard's KPIs. */

export function money(v: number): string {
  return v >= 1e6 ? `$${(v / 1e6).toFixed(2)}M` : `$${(v / 1e3).toFixed(1)}K`;
}

/** "+1.2%" / "-0.5%"; a change that rounds to zero reads "+0.0", never "-0.0". */
export function signed(v: number, digits = 1, suffix = ""): string {
  const rounded = Number(v.toFixed(digits)) || 0;
  const s = rounded.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
  return `${rounded >= 0 ? "+" : ""}${s}${suffix}`;
}

export function mean(values: number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}

export function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
