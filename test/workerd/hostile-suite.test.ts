import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { encodeIdentity } from "../../platform/identity";
import { forgedTokens } from "./forged-tokens";
import { ORIGIN, TestClient } from "./client";
import { connect, sessionData } from "./helpers";
import { hostileFrame, hostileRequests, prng } from "./hostile-gen";

const SESSIONS = 100;
const FRAMES_PER_SESSION = 100; // under the per-session burst: each frame reaches the validators

async function fuzzSession(seed: number): Promise<{ sent: number; answered: number }> {
  const c = await connect("/whoami");
  const target = { slider: c.widget("Level").p.id as string };
  const before = await sessionData(c.session);
  const tree = JSON.stringify(c.tree);
  const from = c.received.length;
  const r = prng(seed);
  for (let i = 0; i < FRAMES_PER_SESSION; i++) c.ws.send(hostileFrame(r, target));
  const errors = () => c.received.slice(from).filter((m) => m.t === "error").length;
  const deadline = Date.now() + 20_000;
  while (errors() < FRAMES_PER_SESSION && Date.now() < deadline) await new Promise((res) => setTimeout(res, 20));
  const after = await sessionData(c.session);
  expect(after.widgets).toEqual(before.widgets);
  expect(after.state).toEqual(before.state);
  expect(after.run).toBe(before.run);
  expect(JSON.stringify(c.tree)).toBe(tree);
  expect(c.received.slice(from).every((m) => m.t === "error" && m.message.length > 10)).toBe(true);
  expect(({}) as Record<string, unknown>).not.toHaveProperty("polluted");
  // the session still works
  await c.set("Level", 7);
  expect(c.widget("Level").p.value).toBe(7);
  c.close();
  return { sent: FRAMES_PER_SESSION, answered: errors() };
}

describe("the hostile-input suite", () => {
  it(`answers ${SESSIONS * FRAMES_PER_SESSION} hostile frames, each with an error frame, and no session changes`, async () => {
    let sent = 0;
    let answered = 0;
    for (let batch = 0; batch < SESSIONS; batch += 10) {
      const results = await Promise.all(Array.from({ length: 10 }, (_, i) => fuzzSession(1000 + batch + i)));
      for (const r of results) {
        sent += r.sent;
        answered += r.answered;
      }
    }
    console.log(`hostile frames: ${sent} sent over ${SESSIONS} sessions, ${answered} answered with an error frame, 0 state changes`);
    expect(sent).toBeGreaterThanOrEqual(10_000);
    expect(answered).toBe(sent);
  }, 120_000);

  it("answers a flood on one session without breaking it", async () => {
    const c = await connect("/whoami");
    const slider = c.widget("Level").p.id as string;
    const from = c.received.length;
    for (let i = 0; i < 1000; i++) c.send({ t: "widget", id: slider, v: 99 });
    const deadline = Date.now() + 20_000;
    const answers = () => c.received.slice(from).filter((m) => m.t === "error");
    while (answers().length < 1000 && Date.now() < deadline) await new Promise((res) => setTimeout(res, 20));
    const codes = answers().map((m) => (m as { code: string }).code);
    console.log(`flood: 1000 frames, ${codes.filter((x) => x === "rate_limited").length} rate-limited, ${codes.filter((x) => x === "bad_value").length} refused as bad values`);
    expect(codes).toHaveLength(1000);
    expect(codes.filter((x) => x === "rate_limited").length).toBeGreaterThan(500);
    await new Promise((res) => setTimeout(res, 200));
    await c.set("Level", 3);
    expect(c.widget("Level").p.value).toBe(3);
    c.close();
  });

  it("answers 200+ hostile HTTP requests clearly and lets nothing in", async () => {
    const witness = await connect("/whoami");
    await witness.set("Level", 8);
    const before = await sessionData(witness.session);
    const requests = hostileRequests(ORIGIN, await forgedTokens(), 240);
    const statuses = new Map<number, number>();
    for (const { what, url, init } of requests) {
      let res: Response;
      try {
        res = await exports.default.fetch(url, init);
      } catch (error) {
        // the runtime itself refuses some requests (e.g. an invalid method): that is an answer too
        statuses.set(0, (statuses.get(0) ?? 0) + 1);
        expect(String(error), what).toMatch(/method|invalid|Request/i);
        continue;
      }
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      expect([200, 401, 403, 404, 426, 503], `${what} → ${res.status}`).toContain(res.status);
      const body = await res.text();
      if (res.status !== 200) expect(body.length, what).toBeGreaterThan(5);
      if (res.status === 200) expect(what, `${what} should not have succeeded`).toMatch(/^path|^GET|health/);
    }
    // A forged identity header from the browser is replaced by the Worker's own.
    const forged = encodeIdentity({ kind: "dev", email: "dev@localhost", id: "someone-else", claims: {}, exp: null });
    const sneaky = await TestClient.connect("/whoami", witness.session, ORIGIN, { "X-Edgelit-Identity": forged });
    await sneaky.done(0);
    expect(sneaky.widget("Level").p.value).toBe(8); // the same (dev) identity's session, not "someone-else"
    sneaky.close();
    const after = await sessionData(witness.session);
    expect(after.widgets).toEqual(before.widgets);
    console.log(`hostile requests: ${requests.length} sent, statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
    expect(requests.length).toBeGreaterThanOrEqual(200);
  }, 60_000);
});
