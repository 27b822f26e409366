/** Shared test plumbing: connect and clean up, and read a session's durable data. */
import { env, runInDurableObject } from "cloudflare:test";
import { afterEach } from "vitest";
import type { Persisted } from "../../durable/session-store";
import { devIdentity, sessionObjectName } from "../../platform/identity";
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

/** The session object a test client reaches: named by the (dev) identity and the session id. */
export function stubOf(session: string) {
  return env.SESSIONS.get(env.SESSIONS.idFromName(sessionObjectName(devIdentity("dev@localhost"), session)));
}

/** A copy of the session's data as the Durable Object holds it. */
export function sessionData(session: string): Promise<Persisted> {
  return runInDurableObject(stubOf(session), async (instance) => structuredClone((await instance.session()).snapshot) as Persisted);
}

/**
 * Waits until the session's last run is in storage. A run's state is written right after its
 * frames leave, or when its burst's write window ends (durable/write-behind.ts), so a test
 * that evicts the object the moment it sees `done` must wait for the write, as the platform
 * would for an in-flight event or a pending timer.
 */
export async function stored(session: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const [run, storedRun] = await runInDurableObject(stubOf(session), async (instance, state) => [
      (await instance.session()).snapshot.run,
      (await state.storage.get<{ run: number }>("session"))?.run,
    ]);
    if (run === storedRun) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error("the session's last run was never stored");
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Makes the session look unused for longer than the test TTL (60 s), so its alarm expires it. */
export function idleBeyondTtl(session: string): Promise<void> {
  return runInDurableObject(stubOf(session), async (instance) => {
    ((await instance.session()).snapshot as { lastActive: number }).lastActive = Date.now() - 61_000;
  });
}
