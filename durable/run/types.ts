/** What a run needs from its session, shared by the run's phases. */
import type { PageConfig, PageInfo } from "../../protocol/elements";
import type { ServerMsg } from "../../protocol/messages";
import type { Tree } from "../../protocol/tree";
import type { Identity } from "../../platform/identity";
import type { RequestContext } from "../connection";
import type { App } from "../st/app";
import type { RunOptions, SessionStores } from "../st/context";

/** The parts of a session a run reads and advances. */
export interface RunSession {
  /** the session id */
  id: string;
  page: string;
  /** what every connected browser has */
  tree: Tree;
  /** the newest input whose values `tree` holds */
  ack: number;
  config: PageConfig;
  run: number;
  /** the query string the browsers show (no "?"), as the page last left it */
  query: string;
}

export interface RunDeps {
  app: App;
  pages: readonly PageInfo[];
  session: RunSession;
  stores: SessionStores;
  /** the verified user's email (audit rows), their identity and request context (st.user, st.context) */
  user: string | null;
  identity: Identity | null;
  context: RequestContext;
  /** this session's recent audit activity (st.recentActivity) */
  activity?: RunOptions["activity"];
  /** the Worker's bindings and vars, for pages (`st.env`) */
  env?: RunOptions["env"];
  send(msg: ServerMsg): void;
}

export const DEFAULT_CONFIG: PageConfig = { layout: "centered", sidebar: "auto" };
