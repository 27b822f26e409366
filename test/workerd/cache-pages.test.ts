import { describe, expect, it } from "vitest";
import type { ServerMsg } from "../../protocol/messages";
import { TestClient } from "./client";
import { connect } from "./helpers";

describe("cached loaders in pages", () => {
  it("refuses elements written inside a cached function, naming it", async () => {
    const c = await TestClient.connect("/cached-elements");
    const done = await c.done(0);
    c.close();
    expect(done.status).toBe("error");
    expect(c.texts().join("\n")).toMatch(/writesElements is cached: it can't write elements/);
    expect(c.texts()).not.toContain("inside a cached function");
  });

  it("shows a spinner while a cached loader computes, and none on a hit", async () => {
    const c = await connect("/cached-spinner");
    const spinners = (from: number) =>
      c.received.slice(from).flatMap((m: ServerMsg) => (m.t === "delta" || m.t === "done" ? m.ops : [])).filter((op) => JSON.stringify(op).includes("Loading data…"));
    expect(spinners(0).length).toBe(1);
    expect(c.texts()).toContain("data for a");
    expect(c.all().some((n) => n.k === "spinner")).toBe(false);

    const from = c.received.length;
    await c.set("Key", "b");
    expect(c.texts()).toContain("data for b");
    expect(spinners(from).length).toBe(1);
    const hitFrom = c.received.length;
    await c.set("Key", "a"); // cached: no spinner this time
    expect(c.texts()).toContain("data for a");
    expect(spinners(hitFrom).length).toBe(0);
  });
});
