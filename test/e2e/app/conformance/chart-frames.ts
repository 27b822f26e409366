/**
 * The frames Streamlit's chart e2e apps draw (numpy's seeded random frames, vega_datasets'
 * barley and unemployment sets) as a seeded generator of the same shapes — shared by the
 * conformance pages and the browser tests that check what they show. Pure: no edgelit imports.
 */

/** mulberry32: a small seeded generator, so every run draws the same charts. */
export function seeded(seed: number) {
  let a = seed + 0x6d2b79f5;
  const rand = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  // Box–Muller, for numpy's randn
  const randn = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  return { rand, randn };
}

const round = (v: number) => Math.round(v * 1000) / 1000;

export function frames(seed: number) {
  const { rand, randn } = seeded(seed);
  const df = { a: [] as number[], b: [] as number[], c: [] as number[] };
  for (let i = 0; i < 20; i++) for (const k of ["a", "b", "c"] as const) df[k].push(round(randn()));
  const utc = [
    { index: "2019-08-09", numbers: 10 },
    { index: "2019-08-10", numbers: 50 },
    { index: "2019-08-11", numbers: 30 },
    { index: "2019-08-12", numbers: 40 },
  ];
  // a negative range, so certain kinds of bugs are more visible (Streamlit's comment)
  const color = Array.from({ length: 100 }, (_, i) => ({
    a: -i,
    b: round(rand() * 10),
    c: round(rand() * 10),
    d: round(randn() * 30),
    e: i % 2 ? "bird" : "airplane",
  }));
  return { df, utc, color, rand };
}

const SITES = ["University Farm", "Waseca", "Morris", "Crookston", "Grand Rapids", "Duluth"];
const VARIETIES = ["Manchuria", "Glabron", "Svansota", "Velvet", "Trebi", "No. 457", "No. 462", "Peatland", "No. 475", "Wisconsin No. 38"];

/** barley's columns: a yield per variety and site (made up, in barley's 20–60 range). */
export function barley(rand: () => number) {
  return VARIETIES.flatMap((variety) => SITES.map((site) => ({ variety, site, yield: round(20 + rand() * 40) })));
}

/** unemployment_across_industries' columns: a monthly count per series (made up). */
export function unemployment(rand: () => number) {
  const series = ["Government", "Mining and Extraction", "Construction", "Manufacturing", "Finance"];
  return Array.from({ length: 24 }, (_, m) => `${2000 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}-01`).flatMap((date) =>
    series.map((s) => ({ date, series: s, count: Math.round(200 + rand() * 800) })),
  );
}

