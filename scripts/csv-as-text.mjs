/**
 * A vite plugin for the test runners: a `.csv` import is its text, as wrangler's
 * `[[rules]] type = "Text"` makes it in the Worker bundle — so a demo page that imports its
 * sample file runs the same under AppTest, vitest-pool-workers and wrangler dev.
 */
import { readFileSync } from "node:fs";

export function csvAsText() {
  return {
    name: "edgelit-csv-as-text",
    enforce: "pre",
    load(id) {
      const file = id.split("?")[0];
      if (!file.endsWith(".csv")) return null;
      return `export default ${JSON.stringify(readFileSync(file, "utf8"))};`;
    },
  };
}
