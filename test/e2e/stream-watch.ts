/**
 * Records every text a streaming element (`.el-stream`) shows, as the DOM changes: proof
 * that a reply arrived in pieces, without timing anything.
 */
import type { Page } from "playwright-core";

export function watchStream(page: Page): Promise<void> {
  return page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { streamed: string[] }).streamed = seen;
    new MutationObserver(() => {
      const text = document.querySelector(".el-stream")?.textContent;
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

/** The texts the streaming element showed, in order. */
export function streamed(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { streamed: string[] }).streamed);
}

/** Each text begins with the one before: the stream only ever grew. */
export function grewOnly(texts: string[]): boolean {
  return texts.every((t, i) => i === 0 || t.startsWith(texts[i - 1]!));
}
