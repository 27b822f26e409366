/**
 * The Forge team's operations room: the dashboard's numbers as a page that keeps working
 * while you watch it. It uses every element of a long-running Streamlit app in one place —
 * the view in the address bar (a link opens this same view), chart settings behind a
 * popover, four chart kinds, live orders in a fragment that refreshes itself, a forecast
 * with a status container, a progress bar and a toast, an export dialog, and a chat about
 * the numbers whose answer streams in.
 */
import { definePage } from "edgelit";
import { type DayMetrics, daysBetween } from "../data/forge-metrics";
import { money, sum } from "../data/format";

const VIEWS = ["Money", "Customers"] as const;
const PERIODS = [14, 30, 90] as const;
const DAY_MS = 86_400_000;

interface Message {
  role: "user" | "assistant";
  content: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The last `n` days up to today, as the dashboard computes them. */
function lastDays(n: number): DayMetrics[] {
  const end = new Date();
  const start = new Date(end.getTime() - (n - 1) * DAY_MS);
  return daysBetween(start.toISOString().slice(0, 10), end.toISOString().slice(0, 10));
}

/** Orders in one live tick: a steady, deterministic wave, so every session sees the same. */
const ordersAt = (tick: number) => Math.round(120 + 35 * Math.sin(tick / 3) + ((tick * 7919) % 17));

/** The built-in analyst: answers from the period's numbers, one word at a time. */
async function* analyst(question: string, days: DayMetrics[]): AsyncGenerator<string> {
  const revenue = sum(days.map((d) => d.Revenue));
  const profit = sum(days.map((d) => d.Profit));
  const best = days.reduce((a, b) => (b.Revenue > a.Revenue ? b : a));
  const answer = `You asked: "${question}". Over the last ${days.length} days revenue was ${money(revenue)} and profit ${money(profit)}; the best day was ${best.day} with ${money(best.Revenue)}.`;
  for (const word of answer.match(/\S+\s*/g) ?? []) {
    await sleep(30);
    yield word;
  }
}

export default definePage("/operations", "Operations", async (st) => {
  st.title("Forge operations room");
  st.caption("The view and the period are in the address bar: copy the link to share this view.");

  // ── THE VIEW, KEPT IN THE ADDRESS BAR ─────────────────────────────────────
  // A link's parameters choose the first view of a new tab; after that the widgets lead
  // and the address bar follows them.
  const linked = st.state("linkedView", Math.max(0, VIEWS.indexOf(st.queryParams.get("view") as (typeof VIEWS)[number])));
  const linkedDays = st.state("linkedDays", Math.max(0, PERIODS.indexOf(Number(st.queryParams.get("days")) as (typeof PERIODS)[number])));
  const [left, right] = st.columns([3, 1]);
  const view = left.radio("View", VIEWS, { index: linked.value, horizontal: true, key: "view" });
  const settings = right.popover("Chart settings", { useContainerWidth: true });
  const period = settings.selectbox("Period (days)", PERIODS, { index: linkedDays.value, key: "days" });
  const stacked = settings.toggle("Stack the series", { value: true, key: "stacked" });
  st.queryParams.set("view", view);
  st.queryParams.set("days", String(period));

  // ── CHARTS ────────────────────────────────────────────────────────────────
  const days = lastDays(period);
  const [chart1, chart2] = st.columns(2);
  if (view === "Money") {
    chart1.subheader("Revenue and cost");
    chart1.barChart(days, { x: "day", y: ["Profit", "Cost"], stack: stacked, yLabel: "USD", height: 260 });
    chart2.subheader("Profit against revenue");
    chart2.scatterChart(
      days.map((d) => ({ ...d, week: new Date(d.day).getUTCDay() % 6 === 0 ? "weekend" : "weekday" })),
      { x: "Revenue", y: "Profit", size: "activeUsers", color: "week", height: 260 },
    );
  } else {
    chart1.subheader("Active users");
    chart1.areaChart(days, { x: "day", y: "activeUsers", yLabel: "users", height: 260 });
    chart2.subheader("Churn rate, by how often");
    chart2.vegaLiteChart(
      {
        description: "Chart: how many days had each churn rate",
        mark: { type: "bar", tooltip: true },
        encoding: {
          x: { field: "churnRate", bin: { maxbins: 12 }, title: "churn rate (%)" },
          y: { aggregate: "count", title: "days" },
        },
      },
      { data: days, height: 260 },
    );
  }

  // ── LIVE ORDERS: RE-RUNS ON ITS OWN EVERY 2 SECONDS ───────────────────────
  await st.fragment(
    (live) => {
      const tick = live.state("tick", 0);
      tick.value += 1;
      // the last 20 ticks, two seconds apart, now at 0
      const recent = Array.from({ length: 20 }, (_, i) => ({ seconds: (i - 19) * 2, orders: ordersAt(tick.value - 19 + i) }));
      const now = ordersAt(tick.value);
      live.subheader("Live orders");
      live.metric("Orders this minute", String(now), { delta: String(now - ordersAt(tick.value - 1)) });
      live.lineChart(recent, { x: "seconds", y: "orders", xLabel: "seconds (0 is now)", height: 160 });
    },
    { key: "live", runEvery: "2s" },
  );

  // ── A FORECAST THAT TAKES A WHILE ─────────────────────────────────────────
  st.subheader("Forecast");
  if (st.button("Run forecast")) {
    const status = st.status("Running the forecast…", { expanded: true });
    const bar = status.progress(0, "Loading the period");
    const steps = ["Loading the period", "Fitting the trend", "Adding the weekly season", "Checking against last month"];
    for (const [i, step] of steps.entries()) {
      bar.update(Math.round((i / steps.length) * 100), step);
      await sleep(250);
    }
    bar.update(100, "Done");
    const next = Math.round(sum(days.slice(-7).map((d) => d.Revenue)) * 1.012);
    status.markdown(`Next week's revenue: **${money(next)}**`);
    status.update({ label: "Forecast complete", state: "complete", expanded: true });
    st.toast("The forecast is ready", { icon: "📈" });
  }

  // ── EXPORT, CONFIRMED IN A DIALOG ─────────────────────────────────────────
  const exported = st.dialog("Export the period", (d) => {
    d.markdown(`${days.length} days of **${view.toLowerCase()}** figures, as CSV.`);
    const name = d.textInput("File name", { value: `forge-${period}-days.csv` });
    const csv = ["day,Revenue,Cost,Profit,activeUsers", ...days.map((r) => `${r.day},${r.Revenue},${r.Cost},${r.Profit},${r.activeUsers}`)].join("\n");
    const fileName = name.replace(/[\\/]/g, "-") || "forge.csv";
    d.downloadButton("Download", csv, {
      fileName,
      mime: "text/csv",
      onClick: () => {
        st.toast(`Exported ${fileName}`, { icon: "💾" });
        exported.close();
      },
    });
  });
  if (st.button("Export…")) exported.open();

  // ── ASK ABOUT THE NUMBERS ─────────────────────────────────────────────────
  st.subheader("Ask about these numbers");
  const messages = st.state<Message[]>("messages", []);
  const log = st.container();
  for (const m of messages.value) log.chatMessage(m.role).markdown(m.content);
  const question = st.chatInput("Ask about the period");
  if (question) {
    messages.value = [...messages.value, { role: "user", content: question }];
    log.chatMessage("user").markdown(question);
    const answer = await log.chatMessage("assistant").writeStream(analyst(question, days));
    messages.value = [...messages.value, { role: "assistant", content: answer }];
  }
});
