/**
 * The dashboard's "Configure Forecast" form (the seed's professional_dashboard.py), shared
 * by the dashboard and the audit page. A submit with a target metric records `run_forecast`
 * with its parameters — the seed's example audit row.
 */
import type { Container, St } from "edgelit";

export async function forecastForm(st: St, place: Container, key: string): Promise<void> {
  const form = place.form(key);
  form.subheader("Configure Forecast");
  const [colA, colB] = form.columns(2);
  const horizon = colA.slider("Forecast horizon (days)", { min: 7, max: 90, value: 30 });
  const confidence = colA.selectbox("Confidence interval", ["80%", "90%", "95%"]);
  const targetMetric = colB.textInput("Target metric", { placeholder: "e.g. daily_revenue" });
  const includeWeekends = colB.checkbox("Include weekends", { value: true });
  const submitted = form.formSubmitButton("Run Forecast", { type: "primary" });

  if (!submitted) return;
  if (!targetMetric) {
    place.error("Target metric is required before running the forecast.");
    return;
  }
  st.audit("run_forecast", {
    horizon_days: horizon,
    confidence,
    target_metric: targetMetric,
    include_weekends: includeWeekends,
  });
  await place.spinner(`Running ${horizon}-day forecast for '${targetMetric}'...`, () => {
    place.success(`Forecast complete: ${horizon} days, ${confidence} CI, ${includeWeekends ? "weekends included" : "weekdays only"}.`);
  });
}
