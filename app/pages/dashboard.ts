/**
 * The seed's professional_dashboard.py: sidebar controls, a KPI row, and tabs with a chart,
 * a forecast form (one run per submit, not per keystroke) and settings. The KPIs and chart
 * come from the chosen reporting period.
 */
import { definePage } from "edgelit";
import { daysBetween, periodOf, previousPeriod } from "../data/forge-metrics";
import { mean, money, signed, sum } from "../data/format";
import { forecastForm } from "../forms/forecast";

export default definePage("/dashboard", "Dashboard", async (st) => {
  // setPageConfig first, as the seed insists (edgelit accepts it anywhere in the run).
  st.setPageConfig({ title: "Forge Intelligence Hub", icon: "🔬", layout: "wide", initialSidebarState: "expanded" });

  // ── SIDEBAR CONTROLS ───────────────────────────────────────────────────────
  st.sidebar.header("Control Panel");
  st.sidebar.divider();
  const mode = st.sidebar.radio("Analysis Mode", ["Standard", "Advanced"], {
    help: "Advanced mode enables cohort segmentation and confidence intervals.",
  });
  const dateRange = st.sidebar.dateInput("Reporting Period", { value: [] });

  const today = new Date().toISOString().slice(0, 10);
  const period = periodOf(dateRange, today);
  const days = daysBetween(...period);
  const before = daysBetween(...previousPeriod(period));

  // ── KPI HEADER ROW ─────────────────────────────────────────────────────────
  st.title("Forge Intelligence Hub");
  st.caption(`${period[0]} to ${period[1]} · compared with the ${days.length} days before`);
  const [kpi1, kpi2, kpi3, kpi4] = st.columns(4);
  const revenue = sum(days.map((d) => d.Revenue));
  const revenueBefore = sum(before.map((d) => d.Revenue));
  kpi1.metric("Revenue", money(revenue), { delta: signed(((revenue - revenueBefore) / revenueBefore) * 100, 1, "%") });
  const users = mean(days.map((d) => d.activeUsers));
  kpi2.metric("Active Users", Math.round(users).toLocaleString("en-US"), {
    delta: signed(Math.round(users - mean(before.map((d) => d.activeUsers))), 0),
  });
  const churn = mean(days.map((d) => d.churnRate));
  kpi3.metric("Churn Rate", `${churn.toFixed(1)}%`, {
    delta: signed(churn - mean(before.map((d) => d.churnRate)), 2, "%"),
    deltaColor: "inverse",
  });
  const accuracy = mean(days.map((d) => d.modelAccuracy));
  kpi4.metric("Model Accuracy", `${accuracy.toFixed(1)}%`, {
    delta: signed(accuracy - mean(before.map((d) => d.modelAccuracy)), 1, "%"),
  });

  st.divider();

  // ── TABBED CONTENT ─────────────────────────────────────────────────────────
  const [overviewTab, forecastTab, settingsTab] = st.tabs(["Overview", "Forecast", "Settings"]);

  const series = ["Revenue", "Cost", "Profit"];
  const rows = days.map((d) => ({ day: d.day, Revenue: d.Revenue, Cost: d.Cost, Profit: d.Profit }));
  if (mode === "Advanced") {
    // Advanced mode adds a 7-day moving average of revenue to smooth the weekly cycle.
    rows.forEach((row, i) => {
      const window = rows.slice(Math.max(0, i - 6), i + 1);
      Object.assign(row, { "Revenue (7-day avg)": Math.round(mean(window.map((r) => r.Revenue))) });
    });
    series.push("Revenue (7-day avg)");
  }
  overviewTab.lineChart(rows, { x: "day", y: series, yLabel: "USD per day" });

  // A form buffers every widget change in the browser — the page re-runs only on submit.
  await forecastForm(st, forecastTab, "forecast_parameters");

  settingsTab.info("Settings are persisted per session. In edgelit they also survive a page refresh.");
  settingsTab.selectbox("Dashboard theme", ["Light", "Dark", "System"]);
  settingsTab.numberInput("Auto-refresh interval (seconds)", { min: 30, value: 300 });
}, { icon: "🔬" });
