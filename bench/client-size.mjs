/**
 * What a page without charts downloads: main.js plus every chunk it imports statically
 * (followed recursively); dynamic import() chunks (the line chart) are listed apart.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { constants, gzipSync } from "node:zlib";

const STATIC = /(?:^|[;}\s])import\s*(?:[\w${},*\s]+from\s*)?["'](\.[^"']+)["']/g;
const DYNAMIC = /import\(\s*["'](\.[^"']+)["']\s*\)/g;

export function clientSizes(dir = "dist/assets/client") {
  const entry = join(dir, "main.js");
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run \`npm run build\``);
  const eager = new Set();
  const lazy = new Set();
  const visit = (file) => {
    if (eager.has(file)) return;
    eager.add(file);
    const src = readFileSync(file, "utf8");
    for (const m of src.matchAll(STATIC)) visit(resolve(dirname(file), m[1]));
    for (const m of src.matchAll(DYNAMIC)) lazy.add(resolve(dirname(file), m[1]));
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
  return { eager: [...eager].map(size), lazy: [...lazy].map(size) };
}
