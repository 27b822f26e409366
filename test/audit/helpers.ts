/** Talking to the Node-side control server (test/audit/control.mjs) from inside workerd. */
import { env, runInDurableObject } from "cloudflare:test";
import { stubOf } from "../workerd/helpers";

const control = () => (env as unknown as { AUDIT_TEST_CONTROL: string }).AUDIT_TEST_CONTROL;

export async function controlCall(method: "GET" | "POST", path: string): Promise<unknown> {
  const res = await fetch(`${control()}${path}`, { method });
  const body = await res.json();
  if (!res.ok) throw new Error(`control ${path}: ${JSON.stringify(body)}`);
  return body;
}

export interface Row {
  event_id: string;
  session_id: string;
  user_email: string | null;
  action_performed: string;
  widget_context: Record<string, unknown>;
}

export const rowsOf = (session: string) => controlCall("GET", `/rows?session=${session}`) as Promise<Row[]>;
export const stopPostgres = (mode: "fast" | "immediate" = "fast") => controlCall("POST", `/postgres/stop?mode=${mode}`);
export const startPostgres = () => controlCall("POST", "/postgres/start");
export const proxy = (action: "kill" | "restart" | "stall" | "unstall") => controlCall("POST", `/proxy/${action}`);
/** Holds an exclusive lock on the table: a delivery's insert then waits on its live connection. */
export const lockTable = () => controlCall("POST", "/lock");
export const unlockTable = () => controlCall("POST", "/unlock");
export const queriesWaitingOnLock = async () => ((await controlCall("GET", "/waiting")) as { n: number }).n;

/** The retry cap and per-call deadline vitest.audit.config.ts gives the Worker. */
export const RETRY_MAX_MS = Number((env as { AUDIT_RETRY_MAX_MS?: string }).AUDIT_RETRY_MAX_MS);
export const DEADLINE_MS = Number((env as { AUDIT_DB_DEADLINE_MS?: string }).AUDIT_DB_DEADLINE_MS);

export type Status = { pending: number; delivered: number; failures: number; lastError: string | null; retryAt: number | null };

export const auditStatus = (session: string) =>
  runInDurableObject(stubOf(session), async (instance) => ({ ...(await instance.session()).auditStatus }) as Status);

/** When the session's alarm is set (null: none). */
export const alarmOf = (session: string) => runInDurableObject(stubOf(session), (_, state) => state.storage.getAlarm());

/** Polls `check` until it returns a value that isn't false/undefined; fails with `what` after the timeout. */
export async function until<T>(check: () => Promise<T | false | undefined>, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== false && value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
