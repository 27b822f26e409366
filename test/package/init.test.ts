/**
 * `edgelit init` on its own, from this checkout (no pack, no install): what it writes, what
 * the app depends on, and what it refuses.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const BIN = join(ROOT, "cli/edgelit.mjs");
const self = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
let tmp: string;

const edgelit = (...args: string[]) => spawnSync("node", [BIN, ...args], { cwd: tmp, encoding: "utf8" });
const read = (file: string) => readFileSync(join(tmp, "my-app", file), "utf8");

beforeEach(() => void (tmp = mkdtempSync(join(tmpdir(), "edgelit-init-"))));
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

describe("edgelit init", () => {
  it("writes a minimal app: a page with a slider and a chart, its test, the Worker and its config", () => {
    const r = edgelit("init", "my-app");
    expect(r.status, r.stderr).toBe(0);
    for (const file of [".gitignore", "README.md", "package.json", "tsconfig.json", "vitest.config.ts", "worker.ts", "wrangler.toml", "app/index.ts", "app/pages/index.ts", "test/index.test.ts"]) {
      expect(existsSync(join(tmp, "my-app", file)), file).toBe(true);
    }
    expect(read("app/pages/index.ts")).toMatch(/st\.slider\(/);
    expect(read("app/pages/index.ts")).toMatch(/st\.lineChart\(/);
    expect(read("test/index.test.ts")).toMatch(/from "edgelit\/testing"/);
    expect(read("worker.ts")).toMatch(/createApp\(app\)/);
    expect(read("worker.ts")).toMatch(/export class SessionObject extends/);
    expect(r.stdout).toMatch(/cd my-app\n {2}npm install\n {2}npm run dev/);
  });

  it("serves the installed package's prebuilt client and names the Worker after the folder", () => {
    edgelit("init", "my-app");
    expect(read("wrangler.toml")).toMatch(/^directory = "node_modules\/edgelit\/dist\/assets"$/m);
    expect(read("wrangler.toml")).toMatch(/^name = "my-app"$/m);
    expect(read("wrangler.toml")).toMatch(/^main = "worker.ts"$/m);
  });

  it("depends on this version of edgelit and on the tools edgelit is tested with, pinned", () => {
    edgelit("init", "my-app");
    const pkg = JSON.parse(read("package.json"));
    expect(pkg.dependencies).toEqual({ edgelit: self.version });
    for (const tool of ["wrangler", "vitest", "typescript", "@cloudflare/workers-types", "@types/node"]) {
      expect(pkg.devDependencies[tool], tool).toBe(self.devDependencies[tool]);
    }
    expect(pkg.scripts).toMatchObject({ dev: "edgelit dev", test: "vitest run", typecheck: expect.stringMatching(/^wrangler types .* && tsc --noEmit$/), "cf-typegen": expect.stringMatching(/^wrangler types/), deploy: "wrangler deploy" });
  });

  it("puts the edgelit it is given into the app: a tarball as an absolute file: path, a version as it is", () => {
    writeFileSync(join(tmp, "edgelit-9.9.9.tgz"), "");
    edgelit("init", "my-app", "--edgelit", "edgelit-9.9.9.tgz");
    expect(JSON.parse(read("package.json")).dependencies.edgelit).toBe(`file:${join(tmp, "edgelit-9.9.9.tgz")}`);
    edgelit("init", "other", "--edgelit", "^0.2.0");
    expect(JSON.parse(readFileSync(join(tmp, "other/package.json"), "utf8")).dependencies.edgelit).toBe("^0.2.0");
  });

  it("writes into an empty folder that already exists", () => {
    mkdirSync(join(tmp, "my-app"));
    expect(edgelit("init", "my-app").status).toBe(0);
  });

  it("refuses a folder that has something in it, says why, and leaves it as it was", () => {
    mkdirSync(join(tmp, "my-app"));
    writeFileSync(join(tmp, "my-app", "notes.txt"), "mine");
    const r = edgelit("init", "my-app");
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/my-app is not empty \(it has notes\.txt\): edgelit init writes a new app only into a new or empty folder/);
    expect(existsSync(join(tmp, "my-app", "package.json"))).toBe(false);
  });

  it("asks where the app goes when no folder is given, and names a command it does not know", () => {
    expect(edgelit("init").stderr).toMatch(/Say where the new app goes: edgelit init my-app/);
    const r = edgelit("serve");
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no command "serve"/);
  });
});
