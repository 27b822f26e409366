/** st.textArea as a page sees it (AppTest): values, null, maxChars and the height check. */
import { definePage } from "edgelit";
import { AppTest } from "edgelit/testing";
import { describe, expect, it } from "vitest";

const page = definePage("/", "Text area", (st) => {
  st.text(`value 1: ${st.textArea("text area 1 (default)")}`);
  st.text(`value 4: ${st.textArea("text area 4 (value=None)", { value: null })}`);
  st.text(`value 10: ${st.textArea("text area 10 (max_chars=5)", { value: "1234", maxChars: 5 })}`);
  if (st.checkbox("too small")) st.textArea("text area 13 (height=65)", { value: "default text", height: 65 });
});

describe("st.textArea", () => {
  it("starts empty, or null when its value is null, and takes several lines", async () => {
    const at = await AppTest.run(page);
    expect(at.text.map((t) => t.value)).toEqual(["value 1: ", "value 4: null", "value 10: 1234"]);
    await at.textArea("text area 1 (default)").set("line one\nline two").run();
    expect(at.text[0]?.value).toBe("value 1: line one\nline two");
  });

  it("refuses more than maxChars characters, as the session would", async () => {
    const at = await AppTest.run(page);
    expect(() => at.textArea("text area 10 (max_chars=5)").set("123456")).toThrow(/longer than 5 characters/);
    await at.textArea("text area 10 (max_chars=5)").set("12345").run();
    expect(at.text[2]?.value).toBe("value 10: 12345");
  });

  it("says a height under 68 pixels is too small (Streamlit's error)", async () => {
    const at = await AppTest.run(page);
    await at.checkbox("too small").check().run();
    expect(at.exception[0]?.value).toMatch(/height 65 is too small; it must be at least 68 pixels/);
  });
});
