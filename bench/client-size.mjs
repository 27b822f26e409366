/**
 * What a page without charts downloads: main.js plus every chunk it imports statically
 * (followed recursively); dynamic import() chunks (the charts, Vega-Lite, the tables…) are
 * listed apart, each with what it costs a page that uses it: the chunk plus the chunks it
 * imports that a page loads only for it.
 *
 *   node bench/client-size.mjs   (after `npm run build`) prints the table
 */
import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { constants, gzipSync } from "node:zlib";

const STATIC = /(?:^|[;}\s])import\s*(?:[\w${},*\s]+from\s*)?["'](\.[^"']+)["']/g;
const DYNAMIC = /import\(\s*["'](\.[^"']+)["']\s*\)/g;

/** What each lazy chunk is, by its name (esbuild names a chunk after its entry file). */
const NAMES = { chart: "charts: line, bar, area, scatter", "vega-lite-chart": "Vega-Lite: vega + vega-lite + vega-tooltip" };

export function clientSizes(dir = "dist/assets/client") {
  const entry = join(dir, "main.js");
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run \`npm run build\``);
  const imports = (file) => {
    const src = readFileSync(file, "utf8");
    return {
      statics: [...src.matchAll(STATIC)].map((m) => resolve(dirname(file), m[1])),
      dynamics: [...src.matchAll(DYNAMIC)].map((m) => resolve(dirname(file), m[1])),
    };
  };
  const eager = new Set();
  const lazy = new Set();
  const visit = (file) => {
    if (eager.has(file)) return;
    eager.add(file);
    const { statics, dynamics } = imports(file);
    for (const f of statics) visit(f);
    for (const f of dynamics) lazy.add(f);
  };
  visit(resolve(entry));
  for (const f of eager) lazy.delete(f);
  const size = (file) => {
    const buf = readFileSync(file);
    return {
      file: file.slice(resolve(dir).length + 1),
      raw: buf.length,
      gzip: gzipSync(buf).length,
      gzip9: gzipSync(buf, { level: constants.Z_BEST_COMPRESSION }).length,
    };
  };
  /** A lazy chunk and the static imports it brings that the page has not loaded already. */
  const withImports = (file) => {
    const seen = new Set();
    const walk = (f) => {
      if (seen.has(f) || eager.has(f)) return;
      seen.add(f);
      for (const s of imports(f).statics) walk(s);
    };
    walk(file);
    return [...seen].map(size).reduce((t, s) => ({ raw: t.raw + s.raw, gzip: t.gzip + s.gzip, gzip9: t.gzip9 + s.gzip9 }), { raw: 0, gzip: 0, gzip9: 0 });
  };
  return {
    eager: [...eager].map(size),
    lazy: [...lazy].map((f) => {
      const name = basename(f).replace(/-[A-Z0-9]{8}\.js$/, "");
      return { ...size(f), name: NAMES[name] ?? name, withImports: withImports(f) };
    }),
  };
}

const row = (label, s) => `  ${label.padEnd(46)} ${String(s.raw).padStart(7)} B raw  ${String(s.gzip).padStart(6)} B gz  ${String(s.gzip9).padStart(6)} B gz9`;

/** The sizes as bench/run.mjs and the command line print them. */
export function printClientSizes(sizes = clientSizes()) {
  const { eager, lazy } = sizes;
  console.log("Client JS a page without charts loads (gzip default / level 9)");
  for (const f of eager) console.log(row(f.file, f));
  const total = eager.reduce((t, f) => ({ gzip: t.gzip + f.gzip, gzip9: t.gzip9 + f.gzip9, raw: t.raw + f.raw }), { gzip: 0, gzip9: 0, raw: 0 });
  console.log(row("total", total));
  console.log("Loaded only by pages that need them (each with the chunks only it imports):");
  for (const f of lazy.sort((a, b) => a.name.localeCompare(b.name))) console.log(row(f.name, f.withImports));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) printClientSizes();
