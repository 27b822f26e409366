/**
 * Headers and cookies are hostile input too: any app on the same domain can set a cookie,
 * and proxies pass odd headers along. Over 500 generated combinations of malformed cookies
 * (invalid percent-encoding, quotes, duplicates, empty names, huge values), forged identity
 * and Access headers and odd Origins, on every route and on the socket upgrade — never a
 * 500, never a socket left unanswered, and a person with a broken cookie still gets in.
 */
import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { ORIGIN, newSessionId } from "./client";
import { prng } from "./hostile-gen";

const COOKIE_VALUES = [
  "%E0%A4%A", // truncated UTF-8 percent-encoding: the cookie that locked people out
  "%", "%%", "%zz", "%u0041", "%C0%AF", "%ED%A0%80", "a%00b", "\"quoted\"", "\"", "=", "==", ";", "a=b=c",
  "x".repeat(4000), "%".repeat(300), "%C3%A9", "\\u00ff", "  spaced  ", "\t", "[object Object]", "undefined",
];
const COOKIE_NAMES = ["x", "CF_Authorization", "edgelit_xsrf", "", " ", "__proto__", "constructor", "a b", "%C3%A9", "x".repeat(300), "=", "session"];
const ORIGINS = [ORIGIN, "null", "", "http://evil.example", "http://edgelit.test:80", ORIGIN + "/", "HTTP://EDGELIT.TEST", "http://edgelit.test.evil.example"];
const ROUTES = ["/", "/dashboard", "/caching", "/audit", "/nope", "/_stcore/health", "/_stcore/health/detail", "/favicon.ico", "/_stcore/dev/build", "/_stcore/stream"];

function cookieHeader(r: ReturnType<typeof prng>): string {
  const parts = Array.from({ length: 1 + r.int(6) }, () => `${r.pick(COOKIE_NAMES)}=${r.pick(COOKIE_VALUES)}`);
  return parts.join(r.pick(["; ", ";", " ; ", ";;", "; ; "]));
}

function hostileHeaders(r: ReturnType<typeof prng>): Record<string, string> {
  const h: Record<string, string> = { Cookie: cookieHeader(r) };
  if (r.int(2)) h.Origin = r.pick(ORIGINS);
  if (r.int(4) === 0) h["Cf-Access-Jwt-Assertion"] = r.pick(["", "x", "a.b.c", "%E0%A4%A", "e30.e30.e30"]);
  if (r.int(4) === 0) h["X-Edgelit-Identity"] = r.pick(["", "!!!", btoa("{}"), btoa('{"kind":"user","email":"ceo@example.com"}')]);
  if (r.int(4) === 0) h["Accept-Language"] = r.pick(["%E0%A4%A", "*;q=x", "%FF".repeat(50)]);
  if (r.int(5) === 0) h["X-Edgelit-Xsrf"] = r.pick(["", "%E0%A4%A", "x"]);
  return h;
}

/** An upgrade answered 101 must speak: hello (or an error) and stay sane. */
async function firstFrame(ws: WebSocket): Promise<{ t: string }> {
  ws.accept();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the socket was left unanswered")), 5000);
    ws.addEventListener("message", (e) => {
      clearTimeout(timer);
      resolve(JSON.parse(String(e.data)) as { t: string });
    });
    ws.addEventListener("close", (e) => {
      clearTimeout(timer);
      resolve({ t: `closed ${e.code}` });
    });
  });
}

describe("hostile headers and cookies", () => {
  it("answers 520 generated combinations on every route and the socket upgrade without a 500", async () => {
    const r = prng(8);
    const statuses = new Map<number, number>();
    let upgrades = 0;
    for (let i = 0; i < 520; i++) {
      const route = ROUTES[i % ROUTES.length]!;
      const headers = hostileHeaders(r);
      const upgrade = route === "/_stcore/stream" && r.int(4) > 0;
      const url = route === "/_stcore/stream" ? `${ORIGIN}${route}?session=${newSessionId()}&page=/` : `${ORIGIN}${route}`;
      const method = r.int(6) === 0 ? "POST" : "GET";
      const res = await exports.default.fetch(url, { method, headers: upgrade ? { ...headers, Upgrade: "websocket" } : headers });
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      expect(res.status, `${method} ${route} with ${JSON.stringify(headers).slice(0, 300)}`).toBeLessThan(500);
      if (res.status === 101) {
        upgrades++;
        const frame = await firstFrame(res.webSocket!);
        expect(["hello", "error", "closed 1008"]).toContain(frame.t);
        res.webSocket!.close(1000);
      } else {
        await res.arrayBuffer();
        if (!upgrade && res.status === 200) expect(res.headers.get("Content-Security-Policy")).toContain("default-src 'self'");
      }
    }
    expect(upgrades).toBeGreaterThan(30);
    expect([...statuses.keys()].every((s) => s < 500)).toBe(true);
  }, 120_000);

  it("lets a person with an undecodable cookie in: the socket connects and the page runs", async () => {
    const res = await exports.default.fetch(`${ORIGIN}/_stcore/stream?session=${newSessionId()}&page=/`, {
      headers: { Upgrade: "websocket", Origin: ORIGIN, Cookie: "x=%E0%A4%A; theme=dark" },
    });
    expect(res.status).toBe(101);
    expect((await firstFrame(res.webSocket!)).t).toBe("hello");
    res.webSocket!.close(1000);
  });

  it("serves a favicon, so a client that asks for one gets no 404", async () => {
    const res = await exports.default.fetch(`${ORIGIN}/favicon.ico`);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("image/svg+xml");
    expect(await res.text()).toContain("<svg");
  });

  it("names each page's icon in its HTML, from the first byte", async () => {
    const html = await (await exports.default.fetch(`${ORIGIN}/caching`)).text();
    expect(html).toMatch(/<link rel="icon" href="data:image\/svg\+xml,[^"]+">/);
  });
});
