/**
 * `edgelit init <dir>`: a new app in a new (or empty) folder — the files in template/ plus a
 * package.json that depends on this package. Nothing here is copied from edgelit's runtime:
 * the app imports it (`edgelit`, `edgelit/worker`, `edgelit/testing`), serves its prebuilt
 * client from node_modules/edgelit/dist/assets and runs `edgelit dev` from it.
 *
 * Only Node's own modules: it runs before anything is installed (`npx edgelit init`).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const TEMPLATE = join(PACKAGE_ROOT, "cli", "template");
/** npm pack leaves every .gitignore out of a package, so the template's is stored under this name */
const RENAMED = { _gitignore: ".gitignore" };
/**
 * The tools an app builds and tests with, pinned to the versions edgelit itself is tested
 * with. @types/node: edgelit's sources use `node:async_hooks` (the nodejs_als flag), and the
 * app's tsc checks those sources too.
 */
const DEV_TOOLS = ["wrangler", "vitest", "typescript", "@cloudflare/workers-types", "@types/node"];

export class InitError extends Error {}

/** A folder's name as an npm package and Worker name: lowercase letters, digits and dashes. */
export function appName(dir) {
  const name = basename(resolve(dir)).toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "");
  return name || "edgelit-app";
}

/**
 * What the app's package.json says about edgelit: a version or range as given, a path to a
 * tarball or folder as a `file:` dependency (absolute, so it works from the new app), and by
 * default exactly this package's version.
 */
export function edgelitSpec(given, self) {
  if (!given) return self.version;
  if (/^(file:|https?:|git\+|npm:)/.test(given)) return given;
  if (existsSync(given)) return `file:${resolve(given)}`;
  return given;
}

/** The app's package.json. */
export function appPackageJson(name, spec, self) {
  const devDependencies = {};
  for (const tool of DEV_TOOLS) {
    const version = self.devDependencies?.[tool] ?? self.dependencies?.[tool];
    if (!version) throw new Error(`edgelit's package.json pins no ${tool}`);
    devDependencies[tool] = version;
  }
  return {
    name,
    version: "0.0.0",
    private: true,
    type: "module",
    scripts: {
      dev: "edgelit dev",
      test: "vitest run",
      // Env comes from wrangler.toml (wrangler types), regenerated before every check
      "cf-typegen": "wrangler types --include-runtime=false --strict-vars=false",
      typecheck: "wrangler types --include-runtime=false --strict-vars=false && tsc --noEmit",
      deploy: "wrangler deploy",
      "db:migrate": "edgelit migrate",
    },
    ...(self.allowScripts ? { allowScripts: self.allowScripts } : {}),
    dependencies: { edgelit: spec },
    devDependencies,
  };
}

function templateFiles(dir = TEMPLATE) {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? templateFiles(path) : [relative(TEMPLATE, path)];
  });
}

/**
 * @param {string} dir where the app goes: created if missing, refused if it has anything in it
 * @param {{ edgelit?: string }} [opts] `edgelit`: the dependency spec (see edgelitSpec)
 * @returns {{ dir: string, name: string, files: string[] }}
 */
export function init(dir, opts = {}) {
  if (!dir) throw new InitError("Say where the new app goes: edgelit init my-app");
  const target = resolve(dir);
  if (existsSync(target)) {
    if (!statSync(target).isDirectory()) throw new InitError(`${dir} is a file, not a folder: choose a new folder for the app.`);
    const present = readdirSync(target);
    if (present.length > 0) {
      throw new InitError(`${dir} is not empty (it has ${present.slice(0, 3).join(", ")}${present.length > 3 ? ", …" : ""}): edgelit init writes a new app only into a new or empty folder, so nothing of yours is overwritten.`);
    }
  }
  const self = JSON.parse(readFileSync(join(PACKAGE_ROOT, "package.json"), "utf8"));
  const name = appName(target);
  const written = [];
  for (const file of templateFiles()) {
    const out = join(dirname(file), RENAMED[basename(file)] ?? basename(file));
    mkdirSync(dirname(join(target, out)), { recursive: true });
    writeFileSync(join(target, out), readFileSync(join(TEMPLATE, file), "utf8").replaceAll("{{name}}", name));
    written.push(out);
  }
  const pkg = appPackageJson(name, edgelitSpec(opts.edgelit, self), self);
  writeFileSync(join(target, "package.json"), `${JSON.stringify(pkg, null, 2)}\n`);
  written.push("package.json");
  return { dir: target, name, files: written.sort() };
}
