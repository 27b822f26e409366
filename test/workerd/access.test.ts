import { runInDurableObject } from "cloudflare:test";
import { exports } from "cloudflare:workers";
import { afterEach, describe, expect, it } from "vitest";
import { identityKey, sessionObjectName } from "../../platform/identity";
import { accessToken } from "./access-keys";
import { forgedTokens } from "./forged-tokens";
import type { ServerMsg } from "../../protocol/messages";
import { newSessionId, ORIGIN, TestClient } from "./client";
import { env } from "cloudflare:test";

const ACCESS = { "X-Test-Access": "on" };
const open: TestClient[] = [];
afterEach(() => open.splice(0).forEach((c) => c.close()));

async function connectAs(token: string | null, page = "/whoami", session = newSessionId(), how: "header" | "cookie" = "header") {
  const auth: Record<string, string> =
    token === null ? {} : how === "header" ? { "Cf-Access-Jwt-Assertion": token } : { Cookie: `theme=dark; CF_Authorization=${token}` };
  const c = await TestClient.connect(page, session, ORIGIN, { ...ACCESS, ...auth });
  open.push(c);
  return c;
}

type Err = Extract<ServerMsg, { t: "error" }>;
const firstError = (c: TestClient) => c.next((m): m is Err => m.t === "error");

describe("Cloudflare Access in front", () => {
  it("admits a verified user and shows the identity to pages, without the token", async () => {
    const c = await connectAs(await accessToken());
    await c.done(0);
    const hello = c.received.find((m) => m.t === "hello") as { who: { kind: string; email: string } };
    expect(hello.who).toEqual({ kind: "user", email: "editor@thecodeforge.io" });
    expect(c.texts()).toContain("user user editor@thecodeforge.io user-123");
    const json = JSON.stringify(c.all().find((n) => n.k === "json")!.p.value);
    expect(json).not.toMatch(/cf-access-jwt-assertion|CF_Authorization|x-edgelit-identity/i);
  });

  it("takes the token from the CF_Authorization cookie when there is no header", async () => {
    const c = await connectAs(await accessToken({ email: "cookie@thecodeforge.io" }), "/whoami", newSessionId(), "cookie");
    await c.done(0);
    expect(c.texts()).toContain("user user cookie@thecodeforge.io user-123");
    expect(JSON.stringify(c.all().find((n) => n.k === "json")!.p.value)).toContain('"theme":"dark"');
  });

  it("admits a service token as a service identity named by its client id", async () => {
    const c = await connectAs(await accessToken({ email: null, commonName: "abc123.access" }));
    await c.done(0);
    expect(c.texts()).toContain("user service null abc123.access");
  });

  it("refuses every forged or broken token, over HTTP and on the socket", async () => {
    for (const [what, token] of await forgedTokens()) {
      const res = await exports.default.fetch(`${ORIGIN}/`, { headers: { ...ACCESS, "Cf-Access-Jwt-Assertion": token } });
      expect([401, 403], what).toContain(res.status);
      expect(await res.text(), what).toMatch(/Access token/);
      const c = await connectAs(token);
      expect((await firstError(c)).code, what).toBe("unauthorized");
    }
    const none = await exports.default.fetch(`${ORIGIN}/`, { headers: ACCESS });
    expect(none.status).toBe(401);
  });

  it("refuses to serve when deployed without Access settings, and says what to set", async () => {
    const res = await exports.default.fetch(`${ORIGIN}/`, { headers: { "X-Test-Access": "unconfigured" } });
    expect(res.status).toBe(503);
    expect(await res.text()).toMatch(/ACCESS_TEAM_DOMAIN.*ACCESS_AUD/);
    const health = await exports.default.fetch(`${ORIGIN}/_stcore/health`, { headers: { "X-Test-Access": "unconfigured" } });
    expect(health.status).toBe(503);
  });

  it("never gives a session to another identity that presents its id", async () => {
    const session = newSessionId();
    const alice = await connectAs(await accessToken({ email: "alice@thecodeforge.io", sub: "alice" }), "/whoami", session);
    await alice.done(0);
    await alice.set("Level", 9);
    const mallory = await connectAs(await accessToken({ email: "mallory@thecodeforge.io", sub: "mallory" }), "/whoami", session);
    await mallory.done(0);
    expect(mallory.widget("Level").p.value).toBe(5); // a fresh session, not Alice's
    expect(mallory.texts()).toContain("user user mallory@thecodeforge.io mallory");
    const again = await connectAs(await accessToken({ email: "alice@thecodeforge.io", sub: "alice" }), "/whoami", session);
    await again.done(0);
    expect(again.widget("Level").p.value).toBe(9);
  });

  it("closes a socket whose token has expired, so the browser signs in again", async () => {
    // jose allows 60 s of clock skew at the door; the session object holds the socket to the real exp
    const c = await connectAs(await accessToken({ expiresIn: -30 }));
    await c.done(0);
    c.send({ t: "rerun" });
    const err = await firstError(c);
    expect(err.code).toBe("unauthorized");
    await c.next((m): m is never => false, 0, 2000).catch(() => {});
    expect(c.closed?.code).toBe(4001);
  });

  it("records audit events with the verified user's email", async () => {
    const c = await connectAs(await accessToken({ email: "auditor@thecodeforge.io", sub: "auditor" }), "/audited");
    await c.done(0);
    await c.click("Record");
    const identity = { kind: "user" as const, email: "auditor@thecodeforge.io", id: "auditor", claims: {}, exp: null };
    const stub = env.SESSIONS.get(env.SESSIONS.idFromName(sessionObjectName(identity, c.session)));
    const outbox = () => runInDurableObject(stub, async (_i, state) => [...(await state.storage.list<{ userEmail: string }>({ prefix: "outbox:" })).values()]);
    // the run's state (and its events) are written right after its frames leave
    await expect.poll(async () => (await outbox()).map((e) => e.userEmail)).toEqual(["auditor@thecodeforge.io"]);
    expect(identityKey(identity)).toBe("user:auditor");
  });
});
