import { describe, expect, it } from "vitest";
import { diff } from "../../durable/diff";
import { applyOps, emptyTree, type Node, type Tree } from "../../protocol/tree";

const leaf = (k: string, text: string): Node => ({ k, p: { text } });
const block = (k: string, c: Node[], p: Record<string, unknown> = {}): Node => ({ k, p, c });
const tree = (main: Node[], sidebar: Node[] = []): Tree => ({
  roots: [block("root", main), block("root", sidebar)],
});

describe("the diff", () => {
  it("sends nothing when nothing changed", () => {
    const t = tree([leaf("title", "A"), block("columns", [block("column", [leaf("text", "x")])])]);
    expect(diff(t, structuredClone(t), { complete: true })).toEqual([]);
  });

  it("sends only the leaf that changed", () => {
    const before = tree([leaf("title", "A"), leaf("text", "1")]);
    const after = tree([leaf("title", "A"), leaf("text", "2")]);
    expect(diff(before, after, { complete: true })).toEqual([["s", [0, 1], { k: "text", p: { text: "2" } }]]);
  });

  it("patches only the props that changed when the kind stays", () => {
    const slider = (value: number): Node => ({ k: "slider", p: { id: "w1", label: "Set temperature (°C)", min: -20, max: 50, value } });
    expect(diff(tree([slider(22)]), tree([slider(40)]), { complete: true })).toEqual([["p", [0, 0], { value: 40 }]]);
  });

  it("names the nodes a partial run rendered unchanged, when asked", () => {
    const before = tree([leaf("title", "A"), leaf("text", "1")]);
    const partial = tree([leaf("title", "A"), leaf("text", "2")]);
    expect(diff(before, partial, { complete: false, keep: true })).toEqual([
      ["k", [0, 0]],
      ["s", [0, 1], { k: "text", p: { text: "2" } }],
    ]);
  });

  it("trims a block that shrank when the run completed, and never on a partial run", () => {
    const before = tree([leaf("text", "1"), leaf("text", "2"), leaf("text", "3")]);
    const after = tree([leaf("text", "1")]);
    expect(diff(before, after, { complete: true })).toEqual([["t", [0], 1]]);
    expect(diff(before, after, { complete: false })).toEqual([]);
  });

  it("updates a block whose props changed without resending its unchanged children", () => {
    const before = tree([block("expander", [leaf("text", "in")], { label: "a", expanded: false })]);
    const after = tree([block("expander", [leaf("text", "in")], { label: "b", expanded: false })]);
    expect(diff(before, after, { complete: true })).toEqual([["p", [0, 0], { label: "b" }]]);
  });

  it("sets a block of another kind, keeping children that still match", () => {
    const before = tree([block("expander", [leaf("text", "in")], { label: "a", expanded: false })]);
    const after = tree([block("container", [leaf("text", "in")])]);
    expect(diff(before, after, { complete: true })).toEqual([["s", [0, 0], { k: "container", p: {}, b: 1 }]]);
  });

  it("replaces a block by a leaf, dropping its children", () => {
    const before = tree([block("container", [leaf("text", "in")])]);
    const after = tree([leaf("text", "flat")]);
    const ops = diff(before, after, { complete: true });
    expect(applyOps(structuredClone(before), ops)).toEqual(after);
  });

  it("turns any tree into any other (200 random pairs)", () => {
    let seed = 42;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const randomNodes = (depth: number): Node[] =>
      Array.from({ length: rand(4) }, () =>
        depth > 0 && rand(3) === 0
          ? block(["container", "column", "tab"][rand(3)]!, randomNodes(depth - 1), { n: rand(2) })
          : leaf(["text", "title", "metric"][rand(3)]!, String(rand(3))),
      );
    for (let i = 0; i < 200; i++) {
      const before = tree(randomNodes(3), randomNodes(2));
      const after = tree(randomNodes(3), randomNodes(2));
      const merged = applyOps(structuredClone(before), diff(before, after, { complete: true }));
      expect(merged).toEqual(after);
    }
  });

  it("paints a fresh browser from the empty tree", () => {
    const after = tree([leaf("title", "A")], [leaf("text", "side")]);
    expect(applyOps(emptyTree(), diff(emptyTree(), after, { complete: true }))).toEqual(after);
  });
});
