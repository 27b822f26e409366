/**
 * st.queryParams as a page sees it (AppTest): what a link opens with, Streamlit's get /
 * getAll / set / delete / clear / toObject, the address bar after a change, and a link to
 * another page clearing them while Back and Forward bring an entry's back.
 */
import { defineApp, definePage } from "edgelit";
import { AppTest } from "edgelit/testing";
import { describe, expect, it } from "vitest";

const show = definePage("/", "Show", (st) => {
  st.markdown(String(st.queryParams));
});

describe("st.queryParams", () => {
  it.each([
    ["x=y", { x: "y" }],
    ["x=y&a=b", { x: "y", a: "b" }],
    ["x=y&x=1&x=2.34", { x: ["y", "1", "2.34"] }],
    ["x=", { x: "" }],
  ])("a link with %s opens the page with those parameters (st_query_params)", async (query, expected) => {
    const at = await AppTest.run(show, { query });
    expect(at.markdown[0]?.value).toBe(JSON.stringify(expected));
  });

  it("reads as Streamlit's: get is the last value, getAll every one, has, keys, toObject", async () => {
    const page = definePage("/", "Read", (st) => {
      const q = st.queryParams;
      st.text(`get=${q.get("x")} all=${JSON.stringify(q.getAll("x"))} missing=${q.get("nope")} none=${JSON.stringify(q.getAll("nope"))}`);
      st.text(`has=${q.has("a")} keys=${q.keys().join(",")} size=${q.size} obj=${JSON.stringify(q.toObject())}`);
    });
    const at = await AppTest.run(page, { query: "x=1&a=%C3%A9+b&x=2" });
    expect(at.text.map((t) => t.value)).toEqual([
      'get=2 all=["1","2"] missing=undefined none=[]',
      'has=true keys=x,a size=2 obj={"x":"2","a":"é b"}',
    ]);
  });

  it("set, delete and clear change the address bar, numbers and lists written as text", async () => {
    const page = definePage("/", "Write", (st) => {
      const q = st.queryParams;
      const action = st.radio("action", ["none", "set", "list", "delete", "clear", "replace"]);
      if (action === "set") q.set("n", 5);
      if (action === "list") q.set("region", ["EU", "US"]);
      if (action === "delete") st.text(`deleted=${q.delete("keep")} again=${q.delete("keep")}`);
      if (action === "clear") q.clear();
      if (action === "replace") q.fromObject({ only: true });
    });
    const at = await AppTest.run(page, { query: "keep=1" });
    expect(at.queryString).toBe("keep=1");
    await at.radio("action").set("set").run();
    expect(at.queryParams).toEqual({ keep: "1", n: "5" });
    await at.radio("action").set("list").run();
    expect(at.queryString).toBe("keep=1&n=5&region=EU&region=US");
    await at.radio("action").set("delete").run();
    expect(at.text[0]?.value).toBe("deleted=true again=false");
    expect(at.queryParams).toEqual({ n: "5", region: ["EU", "US"] });
    await at.radio("action").set("replace").run();
    expect(at.queryString).toBe("only=true");
    await at.radio("action").set("clear").run();
    expect(at.queryString).toBe("");
  });

  it("refuses a value that is an object, and more than the address bar holds, keeping the parameters", async () => {
    const page = definePage("/", "Bad", (st) => {
      const what = st.radio("what", ["ok", "object", "huge"]);
      if (what === "object") st.queryParams.set("o", { a: 1 } as never);
      if (what === "huge") st.queryParams.set("big", "x".repeat(9000));
    });
    const at = await AppTest.run(page, { query: "a=1" });
    await at.radio("what").set("object").run();
    expect(at.exception[0]?.value).toMatch(/must be a string, a number, a boolean or a list/);
    await at.radio("what").set("huge").run();
    expect(at.exception[0]?.value).toMatch(/at most 100 keys and 8192 characters/);
    expect(at.queryString).toBe("a=1");
  });

  it("a link to another page clears them (Streamlit); Back and Forward restore the entry's", async () => {
    const other = definePage("/other", "Other", (st) => st.text(String(st.queryParams)));
    const at = await AppTest.run(defineApp([show, other]), { query: "foo=bar" });
    expect(at.markdown[0]?.value).toBe('{"foo":"bar"}');
    await at.switchPage("/other");
    expect(at.text[0]?.value).toBe("{}");
    expect(at.queryString).toBe("");
    await at.switchPage("/", { query: "foo=bar" });
    expect(at.markdown[0]?.value).toBe('{"foo":"bar"}');
  });

  it("a widget's callback sets them for the run it starts (Streamlit's on_change pattern)", async () => {
    const page = definePage("/", "Callback", (st) => {
      st.selectbox("Region", ["EU", "US"], { onChange: () => st.queryParams.set("region", "changed") });
      st.text(`region=${st.queryParams.get("region") ?? "none"}`);
    });
    const at = await AppTest.run(page);
    await at.selectbox("Region").set("US").run();
    expect(at.text[0]?.value).toBe("region=changed");
    expect(at.queryString).toBe("region=changed");
  });

  it("keeps what the page set across reruns (the address bar holds it)", async () => {
    const page = definePage("/", "Counter", (st) => {
      const n = Number(st.queryParams.get("n") ?? "0");
      if (st.button("More")) st.queryParams.set("n", n + 1);
      st.text(`n=${st.queryParams.get("n") ?? "0"}`);
    });
    const at = await AppTest.run(page);
    await at.button("More").click().run();
    await at.button("More").click().run();
    await at.run();
    expect(at.text[0]?.value).toBe("n=2");
    expect(at.queryString).toBe("n=2");
  });
});
