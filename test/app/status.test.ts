/**
 * Progress, toast, status and element handles as a page sees them (AppTest): the values
 * Streamlit accepts, handles that replace their element in place, addRows, toasts once per
 * call, a status container's update.
 */
import { definePage } from "edgelit";
import { AppTest } from "edgelit/testing";
import { describe, expect, it } from "vitest";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("st.progress", () => {
  it("takes a whole percentage or a fraction of 1, and says what it refuses in Streamlit's words", async () => {
    const page = definePage("/", "Progress", (st) => {
      st.progress(50);
      st.progress(0.25, "A **quarter**");
      st.progress(0);
      st.progress(100);
      const bad = st.selectbox("bad", [null, 101, 1.5, -1]);
      if (bad !== null) st.progress(bad);
    });
    const at = await AppTest.run(page);
    expect(at.progress.map((p) => p.node.p.value)).toEqual([50, 25, 0, 100]);
    expect(at.progress[1]?.node.p.html).toBe("A <strong>quarter</strong>");
    await at.selectbox("bad").set("101").run();
    expect(at.exception[0]?.value).toBe("AuthorError: Progress Value has invalid value [0, 100]: 101");
    await at.selectbox("bad").set("1.5").run();
    expect(at.exception[0]?.value).toBe("AuthorError: Progress Value has invalid value [0.0, 1.0]: 1.5");
  });

  it("is a handle: update moves the one bar in place, and the page's last value is what stays", async () => {
    const page = definePage("/", "Work", async (st) => {
      const bar = st.progress(0, "Working");
      for (const v of [20, 60]) {
        await sleep(1);
        bar.update(v, "Almost");
      }
      bar.progress(100, "Done");
      st.text("after the bar");
    });
    const at = await AppTest.run(page);
    expect(at.progress).toHaveLength(1);
    expect(at.progress[0]?.node.p).toEqual({ value: 100, html: "Done" });
    expect(at.elements.map((e) => e.kind)).toEqual(["progress", "text"]);
  });
});

describe("element handles", () => {
  it("text, markdown and metric return a placeholder that replaces them where they stand", async () => {
    const page = definePage("/", "Handles", (st) => {
      const line = st.text("Starting…");
      const note = st.markdown("first");
      const m = st.metric("Rows", 0);
      st.text("below");
      line.text("Step 1 done");
      note.markdown("**second**");
      m.metric("Rows", 120, { delta: "+120" });
    });
    const at = await AppTest.run(page);
    expect(at.text.map((t) => t.value)).toEqual(["Step 1 done", "below"]);
    expect(at.markdown[0]?.value).toBe("second");
    expect(at.metric("Rows")).toEqual({ label: "Rows", value: "120", delta: "+120" });
    expect(at.elements.map((e) => e.kind)).toEqual(["text", "markdown", "metric", "text"]);
  });

  it("addRows appends to a dataframe and to a table in place, keeping their options", async () => {
    const page = definePage("/", "Rows", (st) => {
      const df = st.dataframe([{ a: 1, b: "x" }], { hideIndex: true });
      const table = st.table({ a: [1], b: ["x"] });
      df.addRows([{ a: 2, b: "y" }]);
      df.addRows({ a: [3], b: ["z"] });
      table.addRows([{ a: 2, b: "y" }]);
      st.text("end");
    });
    const at = await AppTest.run(page);
    expect(at.dataframe(0).rows).toEqual([
      { a: 1, b: "x" },
      { a: 2, b: "y" },
      { a: 3, b: "z" },
    ]);
    expect(at.get("dataframe")[0]?.node.p.hideIndex).toBe(true);
    expect(at.table(0).rows).toEqual([
      [1, "x"],
      [2, "y"],
    ]);
    expect(at.elements.map((e) => e.kind)).toEqual(["dataframe", "table", "text"]);
  });
});

describe("st.toast", () => {
  const page = definePage("/", "Toasts", (st) => {
    st.toast("This is a default toast message", { icon: "🐶" });
    if (st.button("Save")) st.toast("Your edited image was **saved**!", { duration: "long" });
    if (st.checkbox("forever")) st.toast("Stays", { duration: "infinite" });
  });

  it("is raised once per call, on every run that calls it, with its icon and how long it stays", async () => {
    const at = await AppTest.run(page);
    expect(at.toast).toEqual([{ text: "This is a default toast message", icon: "🐶", ms: 4000 }]);
    await at.button("Save").click().run();
    expect(at.toast.map((t) => [t.text, t.ms])).toEqual([
      ["This is a default toast message", 4000],
      ["Your edited image was saved!", 10_000],
    ]);
    await at.checkbox("forever").check().run();
    expect(at.toast.map((t) => t.ms)).toEqual([4000, null]);
  });

  it("returns a handle that changes the toast in place (Streamlit's msg.toast)", async () => {
    const cooking = definePage("/", "Cooking", async (st) => {
      const msg = st.toast("Gathering ingredients...");
      await sleep(1);
      msg.toast("Cooking...");
      await sleep(1);
      msg.toast("Ready!", { icon: "🥞" });
      st.toast("Another one");
    });
    const at = await AppTest.run(cooking);
    expect(at.toast.map((t) => [t.text, t.icon])).toEqual([
      ["Ready!", "🥞"],
      ["Another one", undefined],
    ]);
  });

  it("may be raised by a widget's callback, shown with the run the callback starts", async () => {
    const page = definePage("/", "Callback", (st) => {
      st.button("Save", { onClick: () => st.toast("Saved from a callback") });
    });
    const at = await AppTest.run(page);
    await at.button("Save").click().run();
    expect(at.toast.map((t) => t.text)).toEqual(["Saved from a callback"]);
  });

  it("is not an element of the page, and the sidebar refuses it as Streamlit does", async () => {
    const at = await AppTest.run(page);
    expect(at.elements.filter((e) => e.kind !== "button" && e.kind !== "checkbox")).toEqual([]);
    const side = await AppTest.run(definePage("/", "Side", (st) => st.sidebar.toast("no")));
    expect(side.exception[0]?.value).toMatch(/st.toast cannot be called directly on the sidebar/);
  });
});

describe("st.status", () => {
  it("is a container with a state, and update changes its label, state and openness in place", async () => {
    const page = definePage("/", "Status", async (st) => {
      const running = st.status("Running status", { expanded: true });
      running.write("Doing some work...");
      const s = st.status("Without context manager", { state: "complete" });
      s.write("Hello world");
      await sleep(1);
      s.update({ state: "error", expanded: true });
      const c = st.status("About to change label...", { state: "complete" });
      c.write("Hello world");
      c.update({ label: "Changed label" });
    });
    const at = await AppTest.run(page);
    expect(at.statusContainer("Running status")).toMatchObject({ state: "running", expanded: true });
    expect(at.statusContainer("Running status").elements.map((e) => e.value)).toEqual(["Doing some work..."]);
    expect(at.statusContainer("Without context manager")).toMatchObject({ state: "error", expanded: true });
    expect(at.statusContainer("Without context manager").elements.map((e) => e.value)).toEqual(["Hello world"]);
    expect(at.statusContainer("Changed label")).toMatchObject({ state: "complete", expanded: false });
  });

  it("run() is Python's with: complete when the work ends, error when it throws (and the error goes on up)", async () => {
    const page = definePage("/", "With", async (st) => {
      const n = await st.status("Downloading data...").run(async (s) => {
        s.write("Found URL.");
        await sleep(1);
        return 3;
      });
      st.text(`got ${n}`);
      await st.status("Doomed", { expanded: true }).run(() => {
        throw new Error("Error!");
      });
    });
    const at = await AppTest.run(page);
    expect(at.statusContainer("Downloading data...").state).toBe("complete");
    expect(at.text[0]?.value).toBe("got 3");
    expect(at.statusContainer("Doomed").state).toBe("error");
    expect(at.exception[0]?.value).toBe("Error: Error!");
  });

  it("refuses an unknown state and a status inside an expander", async () => {
    const bad = await AppTest.run(definePage("/", "Bad", (st) => void st.status("x", { state: "done" as never })));
    expect(bad.exception[0]?.value).toMatch(/state must be "running", "complete" or "error"/);
    const nested = await AppTest.run(definePage("/", "Nested", (st) => void st.expander("e").status("x")));
    expect(nested.exception[0]?.value).toMatch(/may not be nested/);
  });
});
