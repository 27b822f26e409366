/**
 * AppTest inside workerd, for a page that needs bindings: the caching demo with Workers KV
 * behind cacheData — two "sessions" share one computation, and it lands in KV.
 */
import { env } from "cloudflare:workers";
import { AppTest } from "edgelit/testing";
import { describe, expect, it } from "vitest";
import cachingPage from "../../app/pages/caching";

describe("AppTest inside workerd", () => {
  it("runs the caching page with KV behind cacheData: a second session gets the first one's result", async () => {
    const first = await AppTest.run(cachingPage, { env });
    await first.button("Run Analysis").click().run();
    expect(first.status).toBe("ok");
    const computed = first.caption.map((c) => c.value).find((t) => String(t).startsWith("Data computed at"));
    expect(computed).toMatch(/^Data computed at \d{4}-/);
    await first.run(); // the metric is drawn above the button: it shows the count on the next run
    expect(first.metric("Analyses Run").value).toBe("1");

    const second = await AppTest.run(cachingPage, { env });
    await second.button("Run Analysis").click().run();
    expect(second.caption.map((c) => c.value)).toContain(computed); // the same computation, not a new one
    await expect.poll(async () => (await env.CACHE.list()).keys.length).toBeGreaterThan(0); // written behind the page
  });
});
