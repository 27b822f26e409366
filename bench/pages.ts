/**
 * The seed's incident, replayed: a dashboard whose data comes from a 2-second query, moved
 * by a slider. One page caches the loader (cacheData, ttl 300 s), one does not. Each loader
 * counts its executions per key so the bench can print them.
 */
import { cacheData } from "../durable/cache";
import { definePage } from "../durable/st/app";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** executions per page and key, e.g. counts.cached["3"] */
export const counts: Record<"cached" | "uncached", Record<string, number>> = { cached: {}, uncached: {} };

async function queryMetrics(kind: "cached" | "uncached", days: number) {
  counts[kind][days] = (counts[kind][days] ?? 0) + 1;
  await sleep(2000); // the 4-second query of the seed, halved
  return Array.from({ length: days * 24 }, (_, h) => ({ hour: h, payments: 1000 + ((h * 37) % 101) }));
}

const cachedQuery = cacheData(function queryMetricsCached(days: number) {
  return queryMetrics("cached", days);
}, { ttl: 300, showSpinner: "Querying payments…" });

function page(path: string, title: string, load: (days: number) => Promise<{ hour: number; payments: number }[]>) {
  return definePage(path, title, async (st) => {
    st.title("Payments overview");
    const days = st.slider("Days", { min: 1, max: 5, value: 1 });
    const rows = await load(days);
    st.metric("Payments", rows.reduce((sum, r) => sum + r.payments, 0).toLocaleString("en-US"));
  });
}

export const incidentPages = [
  page("/_bench/incident-cached", "Incident (cached)", cachedQuery),
  page("/_bench/incident-uncached", "Incident (uncached)", (days) => queryMetrics("uncached", days)),
];

/** 100,000 rows × 10 columns for bench/dataframe.mjs: numbers, a scramble with gaps, text. */
export const dataframePage = definePage("/_bench/dataframe", "Dataframe (100k × 10)", (st) => {
  const cols: Record<string, unknown[]> = {};
  cols.value = Array.from({ length: 100_000 }, (_, i) => (i % 10 === 9 ? null : (i * 7919) % 100_003));
  cols.name = Array.from({ length: 100_000 }, (_, i) => `row ${i}`);
  for (let c = 0; c < 8; c++) cols[`c${c}`] = Array.from({ length: 100_000 }, (_, i) => Math.round(i * (c + 1) * 1.37 * 100) / 100);
  st.dataframe(cols, { height: 600 });
});

/** The upload bench's page: one uploader; the page reads the whole file and prints its size. */
export const uploadPage = definePage("/_bench/upload", "Upload", async (st) => {
  const file = st.fileUploader("File", { maxSize: 30 });
  st.text(file ? `read ${(await file.bytes()).length} bytes` : "no file");
});

/**
 * bench/fragment.mjs: one page, twice — a slider that re-runs only its fragment, and the same
 * slider outside any fragment (a full rerun). What the page draws outside changes on every
 * run of it (a run counter and a chart of the latest values), as a dashboard refreshing its
 * data does: a fragment's run leaves all of that alone.
 */
function dashboard(path: string, title: string, inFragment: boolean) {
  return definePage(path, title, async (st) => {
    const runs = st.state("runs", 0);
    runs.value += 1;
    st.title("Operations dashboard");
    st.metric("Page runs", runs.value);
    const [a, b, c] = st.columns(3);
    a.metric("Orders", (1200 + ((runs.value * 37) % 101)).toLocaleString("en-US"), { delta: `${runs.value % 7}%` });
    b.metric("Revenue", `$${(48_000 + ((runs.value * 113) % 997)).toLocaleString("en-US")}`);
    c.metric("Refunds", (runs.value * 7) % 31);
    st.lineChart({ minute: Array.from({ length: 60 }, (_, i) => i), load: Array.from({ length: 60 }, (_, i) => ((i + runs.value) * 7919) % 100) }, { x: "minute" });
    const part = (s: typeof st) => {
      const v = s.slider("Threshold", { min: 0, max: 100, value: 50 });
      s.metric("Above threshold", `${v}%`, { delta: `${v - 50}` });
    };
    if (inFragment) await st.fragment(part);
    else part(st);
    st.caption("Data refreshes on every run of the page.");
  });
}

export const fragmentPages = [
  dashboard("/_bench/fragment", "Fragment (slider in a fragment)", true),
  dashboard("/_bench/full", "Fragment (slider in the page)", false),
];
