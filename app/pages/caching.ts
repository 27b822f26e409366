/**
 * The seed's caching_and_state_demo.py: a 2-second load cached for an hour and shared by
 * every session (open a second tab: its first analysis is instant and shows the same
 * "computed at"), a connection made once per isolate, and a session-state counter.
 */
import { cacheData, cacheResource, definePage } from "edgelit";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ── CACHING DATA ─────────────────────────────────────────────────────────────
// Cache expires after 1 hour — reduces DB load significantly.
const loadSalesData = cacheData(
  async function loadSalesData(numRecords: number) {
    // Simulates a slow data fetch: with cacheData it runs once per hour per record count,
    // however many sessions and interactions ask for it.
    await sleep(2000); // simulated network/DB latency
    return {
      computedAt: new Date().toISOString(),
      rows: Array.from({ length: numRecords }, (_, i) => ({ record_id: i, revenue: i * 1.5 })),
    };
  },
  { ttl: 3600 },
);

// ── CACHING RESOURCES ────────────────────────────────────────────────────────
// Created once per isolate and shared by every session: connection pools, clients, models.
const initConnection = cacheResource(function initConnection() {
  return { status: "connected", provider: "ForgeCloud", createdAt: new Date().toISOString() };
});

export default definePage("/caching", "Caching", async (st) => {
  // ── SESSION STATE ──────────────────────────────────────────────────────────
  // st.state initialises the key only when it is missing: the "initialization trap" can't happen.
  const analysisCount = st.state("analysis_count", 0);

  st.title("Forge Analytics Dashboard");

  const [col1, col2] = st.columns([3, 1]);
  const recordCount = col1.slider("Number of records to load", { min: 100, max: 10000, value: 1000 });
  col2.metric("Analyses Run", analysisCount.value);

  if (st.button("Run Analysis")) {
    analysisCount.value += 1;
    const df = await loadSalesData(recordCount); // cached: will not re-query on every click
    st.dataframe(df.rows.slice(0, 10));
    st.write(`Analysis #${analysisCount.value} complete. Loaded ${df.rows.length} records.`);
    st.caption(`Data computed at ${df.computedAt} — every session asking for ${recordCount} records within the hour gets this same result.`);
  }

  // The seed's advice for stale data: a button that clears the cache.
  if (st.button("Refresh data")) {
    await loadSalesData.clear();
    st.info("Cache cleared: the next analysis loads fresh data.");
  }

  const conn = await initConnection(); // shared resource: created once, reused across sessions
  st.caption(`Connection status: ${conn.status} via ${conn.provider}`);

  st.expander("Cache statistics (this isolate)").cacheStats();
}, { icon: "⚡" });
