/** st.fragment as a page sees it (AppTest): only the fragment re-runs, timers, scope of rerun, outside writes refused. */
import { definePage } from "edgelit";
import { AppTest } from "edgelit/testing";
import { describe, expect, it } from "vitest";

const page = definePage("/", "Fragments", async (st) => {
  const pageRuns = st.state("pageRuns", 0);
  pageRuns.value += 1;
  st.text(`page runs: ${pageRuns.value}`);
  const outside = st.slider("Outside", { min: 0, max: 10, value: 0 });
  await st.fragment(
    (f) => {
      const runs = f.state("partRuns", 0);
      runs.value += 1;
      const inside = f.slider("Inside", { min: 0, max: 10, value: 0 });
      f.text(`inside=${inside} outside=${outside} part runs=${runs.value}`);
      if (f.button("Again") && runs.value < 10) f.rerun({ scope: "fragment" });
      if (f.checkbox("Write outside")) st.text("from the fragment");
      if (f.checkbox("Fail")) throw new Error("the part failed");
    },
    { key: "part" },
  );
  await st.fragment(
    (f) => {
      const ticks = f.state("ticks", 0);
      ticks.value += 1;
      f.text(`ticks=${ticks.value}`);
    },
    { key: "clock", runEvery: "2s" },
  );
  st.text("after the fragments");
  if (st.button("Scoped rerun in the page")) st.rerun({ scope: "fragment" });
});

describe("st.fragment", () => {
  it("runs with the page the first time, in place", async () => {
    const at = await AppTest.run(page);
    expect(at.text.map((t) => t.value)).toEqual(["page runs: 1", "inside=0 outside=0 part runs=1", "ticks=1", "after the fragments"]);
    expect(at.fragment("part").text).toEqual(["inside=0 outside=0 part runs=1"]);
    expect(at.runs).toEqual({ page: 1, fragment: 0 });
  });

  it("re-runs only the fragment when a widget inside it changes", async () => {
    const at = await AppTest.run(page);
    await at.slider("Inside").set(4).run();
    expect(at.runs).toEqual({ page: 1, fragment: 1 });
    expect(at.fragment("part").text).toEqual(["inside=4 outside=0 part runs=2"]);
    // the rest of the page is as the first run left it
    expect(at.text[0]?.value).toBe("page runs: 1");
    expect(at.text.at(-1)?.value).toBe("after the fragments");
    expect(at.sessionState.get("pageRuns")).toBe(1);
  });

  it("re-runs the page (and the fragments in it) when a widget outside changes", async () => {
    const at = await AppTest.run(page);
    await at.slider("Inside").set(3).run();
    await at.slider("Outside").set(7).run();
    expect(at.runs).toEqual({ page: 2, fragment: 1 });
    expect(at.fragment("part").text).toEqual(["inside=3 outside=7 part runs=3"]);
    expect(at.text[0]?.value).toBe("page runs: 2");
  });

  it("input for a fragment and for the page together runs the page once", async () => {
    const at = await AppTest.run(page);
    at.slider("Inside").set(2);
    await at.slider("Outside").set(5).run();
    expect(at.runs).toEqual({ page: 2, fragment: 0 });
    expect(at.fragment("part").text).toEqual(["inside=2 outside=5 part runs=2"]);
  });

  it("input for two fragments runs both, not the page", async () => {
    const at = await AppTest.run(page);
    at.slider("Inside").set(6);
    await at.fragment("clock").tick();
    expect(at.runs).toEqual({ page: 1, fragment: 1 });
    expect(at.fragment("part").text).toEqual(["inside=6 outside=0 part runs=2"]);
    expect(at.fragment("clock").text).toEqual(["ticks=2"]);
  });

  it("fires a runEvery tick: only that fragment runs", async () => {
    const at = await AppTest.run(page);
    expect(at.fragment("clock").runEvery).toBe(2000);
    await at.fragment("clock").tick();
    await at.fragment("clock").tick();
    expect(at.fragment("clock").text).toEqual(["ticks=3"]);
    expect(at.fragment("part").text).toEqual(["inside=0 outside=0 part runs=1"]);
    expect(at.runs).toEqual({ page: 1, fragment: 2 });
    await expect(at.fragment("part").tick()).rejects.toThrow(/no runEvery/);
  });

  it('rerun({ scope: "fragment" }) runs the fragment again, not the page', async () => {
    const at = await AppTest.run(page);
    await at.button("Again").click().run();
    // the press run, then its own rerun
    expect(at.runs).toEqual({ page: 1, fragment: 2 });
    expect(at.fragment("part").text).toEqual(["inside=0 outside=0 part runs=3"]);
  });

  it('refuses rerun({ scope: "fragment" }) outside a fragment', async () => {
    const at = await AppTest.run(page);
    await at.button("Scoped rerun in the page").click().run();
    expect(at.status).toBe("error");
    expect(at.exception[0]?.node.p.message).toMatch(/only valid inside a fragment during its own rerun/);
  });

  it("refuses an element written outside the fragment from inside it, with the error in the fragment", async () => {
    const at = await AppTest.run(page);
    await at.checkbox("Write outside").check().run();
    expect(at.status).toBe("error");
    const part = at.fragment("part").elements;
    expect(part.find((e) => e.kind === "exception")?.node.p.message).toMatch(/outside a fragment|outside themselves|re-running on its own/);
    expect(at.text.map((t) => t.value)).not.toContain("from the fragment");
    expect(at.text[0]?.value).toBe("page runs: 1");
  });

  it("refuses it in a full run too", async () => {
    const at = await AppTest.run(page);
    await at.checkbox("Write outside").check().run();
    await at.slider("Outside").set(1).run();
    expect(at.exception[0]?.node.p.message).toMatch(/can't write to containers outside themselves/);
  });

  it("shows a fragment's error inside it and keeps the rest", async () => {
    const at = await AppTest.run(page);
    await at.checkbox("Fail").check().run();
    expect(at.status).toBe("error");
    expect(at.fragment("part").elements.some((e) => e.kind === "exception" && e.node.p.message === "the part failed")).toBe(true);
    expect(at.text.at(-1)?.value).toBe("after the fragments");
    await at.checkbox("Fail").uncheck().run();
    expect(at.status).toBe("ok");
    expect(at.exception).toEqual([]);
  });
});
