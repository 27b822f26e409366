import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { ORIGIN, TestClient } from "./client";

describe("the Worker", () => {
  it("answers the Streamlit health probe", async () => {
    const res = await exports.default.fetch(`${ORIGIN}/_stcore/health`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("ok");
  });

  it("serves the page shell with security headers for every page path", async () => {
    for (const path of ["/", "/dashboard"]) {
      const res = await exports.default.fetch(`${ORIGIN}${path}`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<script type="module" src="/client/main.js">');
      expect(res.headers.get("Content-Security-Policy")).toContain("script-src 'self'");
      expect(res.headers.get("Content-Security-Policy")).toContain("frame-ancestors 'none'");
      expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
    }
  });

  it("answers unknown routes with 404", async () => {
    const res = await exports.default.fetch(`${ORIGIN}/no/such/page`);
    expect(res.status).toBe(404);
  });

  it("asks for an upgrade on the stream endpoint", async () => {
    const res = await exports.default.fetch(`${ORIGIN}/_stcore/stream?session=${"a".repeat(32)}`);
    expect(res.status).toBe(426);
  });

  it("refuses a WebSocket from another origin with a clear error frame", async () => {
    const c = await TestClient.connect("/", undefined, "https://evil.example");
    const err = await c.next((m): m is Extract<typeof m, { t: "error" }> => m.t === "error").catch(() => c.received[0]);
    expect(err).toMatchObject({ t: "error", code: "origin" });
    await new Promise((r) => setTimeout(r, 50));
    expect(c.closed?.code).toBe(1008);
  });

  it("refuses a session id that is not 128+ random bits of hex", async () => {
    const c = await TestClient.connect("/", "not-a-session");
    const err = await c.next((m): m is Extract<typeof m, { t: "error" }> => m.t === "error").catch(() => c.received[0]);
    expect(err).toMatchObject({ t: "error", code: "bad_session" });
  });
});
