/**
 * Defining an app: a list of pages, each a plain top-to-bottom function of `st`.
 *
 * @example
 * export default defineApp([
 *   definePage("/", "Re-run model", (st) => { st.title("Understanding the re-run model"); }),
 *   definePage("/dashboard", "Dashboard", async (st) => { … }),
 * ]);
 */
import type { PageInfo } from "../../protocol/elements";
import type { AuditConfig } from "../audit/auto";
import type { St } from "./st";

export type { AuditConfig } from "../audit/auto";

/** A page function; what it returns is ignored (so `(st) => st.text("hi")`, which returns the text's handle, is a page). */
export type PageFn = (st: St) => unknown;

export interface PageDef extends PageInfo {
  render: PageFn;
}

export interface App {
  pages: PageDef[];
  audit: AuditConfig;
  /** the page for "/" or an unknown path */
  home: PageDef;
  find(path: string): PageDef | undefined;
}

export function definePage(path: string, title: string, render: PageFn, opts: { icon?: string } = {}): PageDef {
  if (!path.startsWith("/")) throw new Error(`definePage: path "${path}" must start with "/".`);
  return { path, title, render, ...(opts.icon ? { icon: opts.icon } : {}) };
}

export function defineApp(pages: PageDef[], opts: { audit?: AuditConfig } = {}): App {
  if (pages.length === 0) throw new Error("defineApp: an app needs at least one page.");
  const byPath = new Map<string, PageDef>();
  for (const p of pages) {
    if (byPath.has(p.path)) throw new Error(`defineApp: two pages have the path "${p.path}".`);
    byPath.set(p.path, p);
  }
  const normal = (path: string) => (path.length > 1 ? path.replace(/\/+$/, "") : path);
  return { pages, audit: opts.audit ?? {}, home: pages[0]!, find: (path) => byPath.get(normal(path)) };
}

/** What the browser is told about the pages (no functions). */
export function pageInfos(app: App): PageInfo[] {
  return app.pages.map(({ path, title, icon }) => ({ path, title, ...(icon ? { icon } : {}) }));
}
