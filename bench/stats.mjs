/** Percentiles (nearest rank) and small formatting helpers for bench output. */
export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function summary(values) {
  return {
    n: values.length,
    p50: percentile(values, 50),
    p90: percentile(values, 90),
    p99: percentile(values, 99),
    max: Math.max(...values),
  };
}

export const ms = (v) => `${v.toFixed(2)} ms`;
export const kb = (v) => `${(v / 1024).toFixed(1)} KB`;
