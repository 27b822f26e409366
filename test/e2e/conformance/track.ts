/**
 * Pressing a slider's track as a person does, for the slider ports (slider.test.ts,
 * select-slider.test.ts): scroll it towards the middle of the window first, then click.
 */
import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";

/**
 * Bring a slider towards the middle of the window with the mouse wheel, as a person scrolls
 * before clicking something near the bottom edge.
 */
export async function scrollToMiddle(page: Page, target: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error("the slider is not on screen");
  const middle = (page.viewportSize()?.height ?? 720) / 2;
  if (box.y <= middle) return box;
  await page.mouse.move(box.x + box.width / 2, middle); // over what scrolls it, clear of the note
  await page.mouse.wheel(0, box.y - middle);
  // as far as the page scrolls (the end of a page may stop it short of the middle)
  let last = box.y;
  await expect
    .poll(async () => {
      const y = (await target.boundingBox())?.y ?? last;
      // (a column that can't scroll further leaves it where it is)
      const settled = y === last;
      last = y;
      return settled;
    })
    .toBe(true);
  return (await target.boundingBox()) ?? box;
}

/** Press and release the mouse in the middle of what the locator covers (a slider's track). */
export async function clickMiddle(page: Page, target: Locator): Promise<void> {
  const box = await scrollToMiddle(page, target);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}
