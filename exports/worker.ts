/**
 * `edgelit/worker`: an app becomes a Worker — its default export (Hono routes: the pages,
 * the session socket, health) and the Durable Object classes wrangler.toml binds.
 *
 * @example
 * // worker.ts (wrangler.toml: main = "worker.ts")
 * import { createApp } from "edgelit/worker";
 * import app from "./app";
 *
 * const edgelit = createApp(app);
 * export class SessionObject extends edgelit.SessionObject {}
 * export class AuditBacklog extends edgelit.AuditBacklog {}
 * export default edgelit.worker;
 */
import { AuditBacklog } from "../durable/audit/backlog";
import { createSessionClass, type SessionClass } from "../durable/session";
import type { App } from "../durable/st/app";
import { createWorker, type WorkerOptions } from "../worker/create-worker";

export type { WorkerOptions } from "../worker/create-worker";
export type { Env } from "../worker/env";

export interface CreatedApp {
  /** the Worker's default export */
  worker: ReturnType<typeof createWorker>;
  /** bind as `SESSIONS` (one object per browser session; a SQLite class) */
  SessionObject: SessionClass;
  /** bind as `AUDIT_BACKLOG` (one object: the app-wide view of undelivered audit events) */
  AuditBacklog: typeof AuditBacklog;
}

export function createApp(app: App, opts: WorkerOptions = {}): CreatedApp {
  return { worker: createWorker(app, opts), SessionObject: createSessionClass(app), AuditBacklog };
}
