/** What a multiselect's list offers as one types and chooses (client/state/multiselect-menu.ts). */
import { describe, expect, it } from "vitest";
import { menuOf } from "../../client/state/multiselect-menu";

const options = ["Coffee", "Tea", "Water", "Iced tea"];

describe("a multiselect's list", () => {
  it("offers every option not yet chosen, in order", () => {
    expect(menuOf(options, [2, 0], "")).toEqual({ offered: [1, 3] });
  });

  it("filters by what is typed, anywhere in the text and ignoring case", () => {
    expect(menuOf(options, [], "TEA")).toEqual({ offered: [1, 3] });
    expect(menuOf(options, [1], "tea")).toEqual({ offered: [3] });
  });

  it("says No results when nothing matches", () => {
    expect(menuOf(options, [], "milk")).toEqual({ offered: [], note: "No results" });
  });

  it("offers nothing once maxSelections are chosen, and says so in Streamlit's words", () => {
    expect(menuOf(options, [0], "", 1).note).toBe("You can only select up to 1 option. Remove an option first.");
    expect(menuOf(options, [0, 1], "w", 2)).toEqual({ offered: [], note: "You can only select up to 2 options. Remove an option first." });
    expect(menuOf(options, [0], "", 2)).toEqual({ offered: [1, 2, 3] });
  });
});
