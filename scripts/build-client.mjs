/**
 * Builds the browser client: client/main.ts → dist/assets/client/main.js (ES module, minified),
 * with code splitting so the line chart, loaded by a dynamic import only on pages that have
 * one, lands in its own chunk under dist/assets/client/chunks/. Copies the stylesheet beside it
 * and prints every output's size and gzip size. Exits non-zero if the build fails.
 *
 *   node scripts/build-client.mjs
 */
import { copyFile, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import * as esbuild from "esbuild";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");
// dist/assets is what Workers static assets serves: nothing else may land there.
const outdir = join(repo, "dist", "assets", "client");

async function build() {
  // Chunk names carry hashes: start clean so old chunks do not pile up beside new ones.
  await rm(outdir, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });
  const result = await esbuild.build({
    entryPoints: { main: join(repo, "client", "main.ts") },
    outdir,
    bundle: true,
    format: "esm",
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
    minify: true,
    target: "es2022",
    sourcemap: false,
    legalComments: "none",
    metafile: true,
    logLevel: "warning",
  });
  await copyFile(join(repo, "client", "styles.css"), join(outdir, "styles.css"));
  // Static-assets headers: hashed chunks never change; every file is sniff-proof.
  await writeFile(
    join(outdir, "..", "_headers"),
    "/client/*\n  X-Content-Type-Options: nosniff\n/client/chunks/*\n  Cache-Control: public, max-age=31536000, immutable\n",
  );
  const outputs = result.metafile.outputs;
  const files = [...Object.keys(outputs).map((p) => resolve(repo, p)), join(outdir, "styles.css")];
  // What every page downloads: main.js and the chunks it imports statically (not the chart).
  // (Dynamically imported chunks are entry points in the metafile too: pick main.ts's output.)
  const entry = Object.keys(outputs).find((p) => outputs[p].entryPoint === "client/main.ts");
  const initial = [entry, ...outputs[entry].imports.filter((i) => i.kind === "import-statement").map((i) => i.path)];
  return { files, initial: initial.map((p) => resolve(repo, p)) };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(9);

try {
  const { files, initial } = await build();
  let total = 0;
  for (const file of files.sort()) {
    const bytes = await readFile(file);
    const gz = gzipSync(bytes, { level: 9 }).length;
    if (initial.includes(file)) total += gz;
    console.log(`${relative(repo, file).padEnd(44)} ${kb(bytes.length)}  ${kb(gz)} gz`);
  }
  console.log(`${"script every page loads (main.js + static chunks)".padEnd(55)} ${kb(total)} gz`);
} catch (err) {
  // esbuild has already printed its diagnostics; anything else (a missing file) is shown here.
  if (!err?.errors) console.error(err);
  process.exit(1);
}
