/** The APPEND op (protocol/tree.ts), as both copies of the tree apply a streamed token. */
import { describe, expect, it } from "vitest";
import { APPEND, applyOps, emptyTree, SET, type Tree } from "../../protocol/tree";

function withStream(): Tree {
  return applyOps(emptyTree(), [
    [SET, [0, 0], { k: "chatMessage", p: { name: "assistant" }, b: 1 }],
    [SET, [0, 0, 0], { k: "stream", p: { text: "Hel" } }],
  ]);
}

describe("the APPEND op", () => {
  it("adds the text to the end of the prop, in a new node object, leaving the other props", () => {
    const tree = withStream();
    const before = tree.roots[0].c![0]!.c![0]!;
    applyOps(tree, [[APPEND, [0, 0, 0], "text", "lo"], [APPEND, [0, 0, 0], "text", ", world"]]);
    const after = tree.roots[0].c![0]!.c![0]!;
    expect(after).toEqual({ k: "stream", p: { text: "Hello, world" } });
    expect(after).not.toBe(before);
    expect(before.p.text).toBe("Hel");
  });

  it("keeps a block's children when appending to one of its props", () => {
    const tree = applyOps(withStream(), [[APPEND, [0, 0], "name", " 2"]]);
    expect(tree.roots[0].c![0]!.p.name).toBe("assistant 2");
    expect(tree.roots[0].c![0]!.c).toHaveLength(1);
  });

  it("refuses a path with no node, or a prop that is not text", () => {
    expect(() => applyOps(withStream(), [[APPEND, [0, 3], "text", "x"]])).toThrow(/nothing to patch at 0.3/);
    expect(() => applyOps(withStream(), [[APPEND, [0, 0, 0], "html", "x"]])).toThrow(/no text prop html/);
  });
});
