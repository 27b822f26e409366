/**
 * `st`: what a page function receives. The main area's container, plus the sidebar,
 * session state, page config and control flow (rerun, stop, switchPage).
 */
import type { PageConfig, PageInfo } from "../../protocol/elements";
import { ANONYMOUS, type Identity } from "../../platform/identity";
import type { Activity } from "../audit/activity";
import type { Path } from "../../protocol/tree";
import type { RequestContext } from "../connection";
import { auditEvent } from "../audit/event";
import { widgetValues } from "../audit/auto";
import { Container } from "./container";
import { columnConfig } from "./elements/column-config";
import { currentRun, type RunContext } from "./context";
import { AuthorError } from "./errors";
import { RerunSignal, StopSignal } from "./signals";
import { type SessionState, StateCell } from "./state";
import type { QueryParams } from "./query-params";
import type { Scope } from "./target";

/** after this many `rerun()`s in a row without input, the page is stuck in a loop */
export const MAX_RERUNS_IN_A_ROW = 100;

const NO_ENV: Readonly<Record<string, unknown>> = Object.freeze({});

export interface PageConfigOptions {
  title?: string;
  icon?: string;
  layout?: PageConfig["layout"];
  initialSidebarState?: PageConfig["sidebar"];
}

export class St extends Container {
  /** how a dataframe draws its columns: `st.columnConfig.numberColumn({ format: "$%.2f" })` */
  readonly columnConfig = columnConfig;

  /** the sidebar: `st.sidebar.header("Control Panel")` */
  readonly sidebar: Container;

  /** @internal */
  constructor(
    ctx: RunContext,
    /** this page and the app's pages */
    readonly page: PageInfo,
    readonly pages: readonly PageInfo[],
    /** a fragment's `st` writes into the fragment's block */
    path: Path = [0],
    scope: Scope = { root: "main" },
  ) {
    super(ctx, path, scope);
    this.sidebar = new Container(ctx, [1], { root: "sidebar" });
  }

  /**
   * Who is using the page, as Cloudflare Access verified it: `{ kind: "user" | "service" |
   * "dev" | "anonymous", email, id, claims }` (Streamlit's st.user).
   */
  get user(): Readonly<Identity> {
    return this.ctx.opts.identity ?? ANONYMOUS;
  }

  /** The connection's request headers (lower-case names) and cookies, Access token removed. */
  get context(): Readonly<RequestContext> {
    return this.ctx.opts.context;
  }

  /**
   * The page's query parameters, kept in the address bar (Streamlit's st.query_params):
   * `get`, `getAll`, `set`, `delete`, `has`, `toObject`, `clear`. A link with them opens the
   * page in that state; a link to another page of the app clears them.
   * @example const tab = st.queryParams.get("tab") ?? "overview"; st.queryParams.set("tab", tab);
   */
  get queryParams(): QueryParams {
    // (from a callback: the run it runs in, not the finished one that drew its widget)
    return currentRun(this.ctx.stores, this.ctx).query;
  }

  /**
   * The Worker's bindings and vars (wrangler.toml), for pages that call a service directly:
   * `const ai = st.env.AI as Ai | undefined`. Empty in a plain-Node AppTest unless given.
   */
  get env(): Readonly<Record<string, unknown>> {
    return this.ctx.opts.env ?? NO_ENV;
  }

  /** Values kept across runs, refreshes and deploys for this browser tab. */
  get sessionState(): SessionState {
    return this.ctx.stores.state;
  }

  /**
   * A typed session-state cell, set to `initial` only if the key is missing.
   * @example const count = st.state("analysis_count", 0); count.value += 1;
   */
  state<T>(key: string, initial: T | (() => T)): StateCell<T> {
    return new StateCell(this.ctx.stores.state, key, initial);
  }

  /** Title, icon, layout and sidebar state of the page; later calls override earlier ones. */
  setPageConfig(opts: PageConfigOptions): void {
    this.ctx.checkpoint();
    const c = this.ctx.config;
    if (opts.title !== undefined) c.title = opts.title;
    if (opts.icon !== undefined) c.icon = opts.icon;
    if (opts.layout !== undefined) c.layout = opts.layout;
    if (opts.initialSidebarState !== undefined) c.sidebar = opts.initialSidebarState;
  }

  /**
   * Records an audit event for this session: stored with the run's state, then delivered
   * to Postgres (`dashboard_activity`) in the background — a run never waits on the database.
   * With `{ widgets: true }` the values of every widget rendered so far are attached.
   * @example st.audit("run_forecast", { horizon, confidence, target_metric: target });
   */
  audit(action: string, context?: Record<string, unknown>, opts: { widgets?: boolean } = {}): void {
    this.ctx.checkpoint();
    if (this.ctx.opts.shadow) return;
    const full = opts.widgets ? { ...context, widgets: widgetValues(this.ctx) } : (context ?? null);
    this.ctx.events.push(auditEvent(this.ctx.opts.sessionId, this.ctx.opts.user, action, full));
  }

  /**
   * This session's latest audit events, newest first: those stored in Postgres and those
   * still waiting for delivery (`delivered: false`), with whether the database answered.
   */
  async recentActivity(limit = 10): Promise<Activity> {
    this.ctx.checkpoint();
    if (!this.ctx.opts.activity) return { items: [], database: "not configured" };
    return this.ctx.opts.activity(limit, this.ctx.events);
  }

  /**
   * Ends this run now and starts another with the same values: of the whole page, or with
   * `{ scope: "fragment" }` of only the fragment calling it (valid only in a fragment's own run).
   */
  rerun(opts: { scope?: "app" | "fragment" } = {}): never {
    this.ctx.checkpoint();
    if (this.ctx.opts.reruns >= MAX_RERUNS_IN_A_ROW) {
      throw new AuthorError(`rerun() was called ${MAX_RERUNS_IN_A_ROW} times in a row without any input: the page loops.`);
    }
    if (opts.scope === "fragment") {
      const fragment = this.ctx.fragmentStack[this.ctx.fragmentStack.length - 1];
      if (fragment === undefined || !this.ctx.opts.fragmentRun) {
        throw new AuthorError('rerun({ scope: "fragment" }) is only valid inside a fragment during its own rerun (not in a full run of the page, nor outside a fragment).');
      }
      throw (this.ctx.signal = new RerunSignal(fragment));
    }
    if (opts.scope !== undefined && opts.scope !== "app") throw new AuthorError(`rerun: scope must be "app" or "fragment", not ${JSON.stringify(opts.scope)}.`);
    throw (this.ctx.signal = new RerunSignal());
  }

  /** Ends this run now; what was written so far stays. */
  stop(): never {
    this.ctx.checkpoint();
    throw (this.ctx.signal = new StopSignal());
  }
}
