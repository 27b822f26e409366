/**
 * Pressing a slider's track as a person does, for the slider ports (slider.test.ts,
 * select-slider.test.ts): scroll it towards the middle of the window first, then click.
 */
import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";

/**
 * Bring a slider to the middle of the window before pressing it, as a person scrolls before
 * clicking something near the bottom edge. Scrolled by the element itself, not the mouse
 * wheel: a wheel event returns before the scroll it causes has happened, so a box measured
 * after it could be the one from before the scroll (the click then lands elsewhere).
 */
export async function scrollToMiddle(page: Page, target: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  await target.evaluate((el) => el.scrollIntoView({ block: "center", inline: "nearest", behavior: "instant" }));
  // the box once two frames agree on it (a column still laying out moves it)
  let last = Number.NaN;
  await expect
    .poll(async () => {
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
      const y = (await target.boundingBox())?.y ?? Number.NaN;
      const settled = y === last;
      last = y;
      return settled;
    })
    .toBe(true);
  const box = await target.boundingBox();
  if (!box) throw new Error("the slider is not on screen");
  return box;
}

/** Press and release the mouse in the middle of what the locator covers (a slider's track). */
export async function clickMiddle(page: Page, target: Locator): Promise<void> {
  const box = await scrollToMiddle(page, target);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}
