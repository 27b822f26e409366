/** Shared test plumbing: connect and clean up, and read a session's durable data. */
import { env, runInDurableObject } from "cloudflare:test";
import { afterEach } from "vitest";
import type { Persisted } from "../../durable/session-store";
import { TestClient } from "./client";

const open: TestClient[] = [];
afterEach(() => open.splice(0).forEach((c) => c.close()));

/** Connects to a page and waits for its first run to end. */
export async function connect(page: string, session?: string): Promise<TestClient> {
  const c = await TestClient.connect(page, session);
  open.push(c);
  await c.done(0);
  return c;
}

export function stubOf(session: string) {
  return env.SESSIONS.get(env.SESSIONS.idFromName(session));
}

/** A copy of the session's data as the Durable Object holds it. */
export function sessionData(session: string): Promise<Persisted> {
  return runInDurableObject(stubOf(session), (instance) => structuredClone(instance.core.snapshot) as Persisted);
}
