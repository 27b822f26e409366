/** st.dialog and st.popover as a page sees them (AppTest): open, close, the body as a fragment. */
import { definePage } from "edgelit";
import { AppTest } from "edgelit/testing";
import { describe, expect, it } from "vitest";

const page = definePage("/", "Overlays", (st) => {
  const pageRuns = st.state("pageRuns", 0);
  pageRuns.value += 1;
  st.text(`page runs: ${pageRuns.value}`);
  const vote = st.dialog("Cast your vote", (d) => {
    const runs = d.state("bodyRuns", 0);
    runs.value += 1;
    const why = d.textInput("Because…");
    d.text(`body runs: ${runs.value}, because: ${why}`);
    if (d.button("Submit")) {
      st.sessionState.set("vote", why);
      vote.close();
    }
  });
  const strict = st.dialog("Non-dismissible Dialog", (d) => {
    d.info("You can only close this dialog by clicking the 'Close Dialog' button below.");
    if (d.button("Close Dialog")) strict.close();
  }, { dismissible: false, width: "large" });
  if (st.button("Vote")) vote.open();
  st.button("Open strict", { onClick: () => strict.open() });
  st.text(`vote: ${st.sessionState.get("vote") ?? "none"}, open: ${vote.isOpen}`);
  const pop = st.popover("popover 3 (with widgets)", { help: "help text" });
  pop.markdown("Hello World 👋");
  st.text(`in popover: ${pop.textInput("Text input")}`);
});

describe("st.dialog", () => {
  it("starts closed, its body not run", async () => {
    const at = await AppTest.run(page);
    expect(at.dialog("Cast your vote").isOpen).toBe(false);
    expect(at.dialog("Cast your vote").elements).toEqual([]);
    expect(at.sessionState.get("bodyRuns")).toBeUndefined();
  });

  it("opens from a button in the page and runs its body", async () => {
    const at = await AppTest.run(page);
    await at.button("Vote").click().run();
    const dialog = at.dialog("Cast your vote");
    expect(dialog.isOpen).toBe(true);
    expect(dialog.text).toEqual(["body runs: 1, because: "]);
    expect(at.text.at(-2)?.value).toBe("vote: none, open: true");
  });

  it("runs only its body for a widget inside it, and stays open", async () => {
    const at = await AppTest.run(page);
    await at.button("Vote").click().run();
    await at.textInput("Because…").set("cats").run();
    expect(at.runs).toEqual({ page: 2, fragment: 1 });
    expect(at.dialog("Cast your vote").text).toEqual(["body runs: 2, because: cats"]);
    expect(at.text[0]?.value).toBe("page runs: 2");
  });

  it("closes from its own body", async () => {
    const at = await AppTest.run(page);
    await at.button("Vote").click().run();
    await at.textInput("Because…").set("dogs").run();
    await at.button("Submit").click().run();
    expect(at.dialog("Cast your vote").isOpen).toBe(false);
    expect(at.dialog("Cast your vote").elements).toEqual([]);
    expect(at.sessionState.get("vote")).toBe("dogs");
  });

  it("closes when the person dismisses it, running only its fragment", async () => {
    const at = await AppTest.run(page);
    await at.button("Vote").click().run();
    await at.dialog("Cast your vote").dismiss();
    expect(at.dialog("Cast your vote").isOpen).toBe(false);
    expect(at.runs).toEqual({ page: 2, fragment: 1 });
  });

  it("opens from a button's callback; a non-dismissible one refuses the person's close", async () => {
    const at = await AppTest.run(page);
    await at.button("Open strict").click().run();
    const strict = at.dialog("Non-dismissible Dialog");
    expect(strict.isOpen).toBe(true);
    expect(strict.elements[0]?.node.p.kind).toBe("info");
    await expect(strict.dismiss()).rejects.toThrow(/not dismissible/);
    await at.button("Close Dialog").click().run();
    expect(at.dialog("Non-dismissible Dialog").isOpen).toBe(false);
  });

  it("refuses a browser opening it: only the page opens a dialog", async () => {
    const at = await AppTest.run(page);
    expect(() => at.widget("dialog", "Cast your vote").set(true)).toThrow(/can only be closed from the browser/);
  });
});

describe("st.popover", () => {
  it("holds its content, widgets and all, whether or not its panel is open", async () => {
    const at = await AppTest.run(page);
    expect(at.popover("popover 3 (with widgets)").map((e) => e.kind)).toEqual(["markdown", "textInput"]);
    await at.textInput("Text input").set("hi").run();
    expect(at.text.at(-1)?.value).toBe("in popover: hi");
  });
});
