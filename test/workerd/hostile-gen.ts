/**
 * Generators of hostile input: WebSocket frames that are malformed, mistyped, huge, deeply
 * nested, aimed at unknown widgets or out of range for real ones — and HTTP requests with
 * bad methods, oversized bodies, path tricks and forged identities. Seeded, so a failure
 * reproduces.
 */

export function prng(seed: number) {
  let s = seed >>> 0;
  const next = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0), s / 2 ** 32);
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!,
  };
}

export interface Target {
  /** a real widget and values that do not fit it */
  slider: string;
  submitButton?: string;
}

const JUNK = ["", " ", "{", "}", "[", "null", "true", "0", '"t"', "{t:widget}", "{'t':'widget'}", "\u0000", "\uffff", "\ud800", "🚀".repeat(10)];

/** One hostile frame: never a valid message, so every one must be answered with an error. */
export function hostileFrame(r: ReturnType<typeof prng>, t: Target): string | ArrayBuffer {
  const json = (o: unknown) => JSON.stringify(o);
  switch (r.int(14)) {
    case 0: // not JSON at all
      return r.pick(JUNK) + String(r.next()).slice(2, 2 + r.int(8));
    case 1: // truncated JSON
      return json({ t: "widget", id: t.slider, v: 5 }).slice(0, 1 + r.int(20));
    case 2: // wrong top-level types
      return json(r.pick([[], 5, "widget", null, true, [{ t: "widget" }]]));
    case 3: // wrong tag types and unknown tags
      return json({ t: r.pick([1, null, [], {}, "hack", "WIDGET", "__proto__", "constructor", "x".repeat(300)]) });
    case 4: // widget frames with bad ids
      return json({ t: "widget", id: r.pick([1, null, [], {}, "", "x".repeat(201 + r.int(10_000))]), v: 1 });
    case 5: // unknown widget ids
      return json({ t: "widget", id: `w${r.int(1e9).toString(36)}`, v: r.int(10) });
    case 6: // out-of-range, off-step and mistyped values for a real slider
      return json({ t: "widget", id: t.slider, v: r.pick([-1, 11, 10.5, 3.3, 1e308, -1e308, "5", true, false, null, [5], [1, 2], { v: 5 }]) });
    case 7: // deep nesting
      return `{"t":"widget","id":"${t.slider}","v":${"[".repeat(500 + r.int(5000))}${"]".repeat(0)}`;
    case 8: {
      const depth = 100 + r.int(3000);
      return `{"t":"widget","id":"${t.slider}","v":${"[".repeat(depth)}1${"]".repeat(depth)}}`;
    }
    case 9: // huge strings (under the frame limit: the value check refuses them)
      return json({ t: "widget", id: t.slider, v: "x".repeat(1000 + r.int(200_000)) });
    case 10: // forms that do not exist, buttons that are not submit buttons
      return json({ t: "submit", form: r.pick(["f", "", "x".repeat(500)]), button: r.pick([t.slider, "nope", t.submitButton ?? "b"]), values: r.pick([{}, [], null, { [t.slider]: 3 }]) });
    case 11: // navigation to nowhere or elsewhere
      return json({ t: "nav", page: r.pick(["/nope", "https://evil.example/", "javascript:alert(1)", "", "//evil.example", "/".repeat(300)]) });
    case 12: // binary frames
      return new Uint8Array(Array.from({ length: 1 + r.int(64) }, () => r.int(256))).buffer as ArrayBuffer;
    default: // prototype pollution attempts
      return `{"t":"widget","id":"${t.slider}","v":1,"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}}}`.replace('"v":1', `"v":${r.pick(['"1"', "{}", "-3"])}`);
  }
}

export interface HostileRequest {
  what: string;
  url: string;
  init: RequestInit;
}

/** Hostile HTTP requests against the Worker at `origin`, with `forged` tokens to present. */
export function hostileRequests(origin: string, forged: [string, string][], count: number, seed = 7): HostileRequest[] {
  const r = prng(seed);
  const paths = ["/", "/dashboard", "/_stcore/health", "/_stcore/health/detail", "/_stcore/stream", "/client/main.js", "/audit"];
  const tricks = [
    "/..%2f..%2fetc/passwd",
    "//dashboard",
    "/dashboard/..",
    "/%00",
    "/dashboard%2F..%2F_stcore%2Fhealth",
    "/_stcore/health/../stream",
    `/${"a".repeat(8000)}`,
    "/%ff%fe",
    "/\u202e",
    "/.env",
    "/.dev.vars",
    "/wrangler.toml",
    "/node_modules/hono/package.json",
  ];
  const out: HostileRequest[] = [];
  for (let i = 0; out.length < count; i++) {
    switch (i % 6) {
      case 0: {
        const method = r.pick(["POST", "PUT", "DELETE", "PATCH", "PROPFIND", "TRACE-ME", "CONNECTX"]);
        out.push({ what: `${method} ${r.pick(paths)}`, url: origin + r.pick(paths), init: { method, body: method === "DELETE" ? null : "x=1" } });
        break;
      }
      case 1:
        out.push({ what: "oversized body", url: `${origin}/`, init: { method: "POST", body: new Uint8Array(1024 * 1024 * (1 + r.int(3))) } });
        break;
      case 2: {
        const p = r.pick(tricks);
        out.push({ what: `path ${p.slice(0, 40)}`, url: origin + p, init: {} });
        break;
      }
      case 3: {
        const [what, token] = r.pick(forged);
        out.push({ what: `forged token (${what})`, url: origin + r.pick(paths), init: { headers: { "X-Test-Access": "on", "Cf-Access-Jwt-Assertion": token } } });
        break;
      }
      case 4: {
        const [what, token] = r.pick(forged);
        out.push({ what: `forged cookie (${what})`, url: `${origin}/`, init: { headers: { "X-Test-Access": "on", Cookie: `CF_Authorization=${token}` } } });
        break;
      }
      default:
        out.push({
          what: "state change without XSRF token",
          url: `${origin}/_stcore/stream?session=${"a".repeat(32)}`,
          init: { method: "POST", headers: { Origin: origin, Cookie: "edgelit_xsrf=abc" }, body: "{}" },
        });
    }
  }
  return out;
}
