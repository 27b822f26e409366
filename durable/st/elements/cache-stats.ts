/** st.cacheStats(): a table of every cached function's counters in this isolate. */
import { cacheStats } from "../../cache/registry";
import type { Target } from "../target";
import { markdownToHtml } from "./markdown";

export interface CacheStatsApi {
  /**
   * Shows hits, misses, computations and entries per cached function (this isolate's view).
   * @example st.expander("Cache").cacheStats();
   */
  cacheStats(): void;
}

export const cacheStatsApi: CacheStatsApi & ThisType<Target> = {
  cacheStats() {
    const rows = cacheStats().map((s) => `| \`${s.name}\` | ${s.kind} | ${s.hits} | ${s.kvHits} | ${s.misses} | ${s.computations} | ${s.entries} |`);
    const table = [
      "| function | kind | memory hits | KV hits | misses | computations | entries here |",
      "|---|---|--:|--:|--:|--:|--:|",
      ...rows,
    ].join("\n");
    this.element("markdown", { html: markdownToHtml(rows.length ? table : "_No cached functions have run in this isolate yet._") });
  },
};
