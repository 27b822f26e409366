/**
 * The rendered-markdown cache is the isolate's, shared by every session: it stays within its
 * size however many or however large the texts pages render, and still answers repeats.
 */
import { describe, expect, it } from "vitest";
import { markdownCacheSize, markdownToHtml } from "../../durable/st/elements/markdown";

describe("the rendered-markdown cache", () => {
  it("holds at most about 8 MB, however many large texts are rendered", () => {
    for (let i = 0; i < 1000; i++) markdownToHtml(`# Report ${i}\n\n${"word ".repeat(20_000)}`);
    const { entries, chars } = markdownCacheSize();
    expect(chars).toBeLessThanOrEqual(4_000_000);
    expect(entries).toBeLessThan(1000);
  });

  it("renders a text too large to cache each time, without evicting the rest", () => {
    markdownToHtml("**small**");
    const before = markdownCacheSize();
    const huge = markdownToHtml(`${"x".repeat(300_000)}`);
    expect(huge.length).toBeGreaterThan(300_000);
    expect(markdownCacheSize()).toEqual(before);
    expect(markdownToHtml("**small**")).toBe("<p><strong>small</strong></p>\n");
  });
});
