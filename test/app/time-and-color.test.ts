/** st.timeInput and st.colorPicker as a page sees them (AppTest). */
import { definePage } from "edgelit";
import { AppTest } from "edgelit/testing";
import { describe, expect, it } from "vitest";

const page = definePage("/", "Time and colour", (st) => {
  st.text(`opens=${st.timeInput("Opens at", { value: "09:00" })}`);
  st.text(`alarm=${st.timeInput("Alarm", { value: null })}`);
  st.text(`color=${st.colorPicker("Pick A Color", { value: "#00F900" })}`);
  if (st.checkbox("bad step")) st.timeInput("Every", { step: 30 });
});

describe("st.timeInput", () => {
  it("returns its time as HH:MM, or null until one is chosen, and takes a new one", async () => {
    const at = await AppTest.run(page);
    expect(at.text.map((t) => t.value).slice(0, 2)).toEqual(["opens=09:00", "alarm=null"]);
    await at.timeInput("Alarm").set("06:30").run();
    expect(at.text[1]?.value).toBe("alarm=06:30");
  });

  it("refuses what is not a time of day, and a step under a minute", async () => {
    const at = await AppTest.run(page);
    expect(() => at.timeInput("Opens at").set("25:00")).toThrow(/HH:MM/);
    expect(() => at.timeInput("Opens at").set(null)).toThrow(/HH:MM/); // only a time that started empty may be emptied
    await at.checkbox("bad step").check().run();
    expect(at.exception[0]?.value).toMatch(/step must be a whole number of seconds from 60 to 82800/);
  });
});

describe("st.colorPicker", () => {
  it("returns its colour as lower-case #rrggbb and takes a new one", async () => {
    const at = await AppTest.run(page);
    expect(at.text[2]?.value).toBe("color=#00f900");
    await at.colorPicker("Pick A Color").set("#FF0000").run();
    expect(at.text[2]?.value).toBe("color=#ff0000");
    expect(() => at.colorPicker("Pick A Color").set("red")).toThrow(/#rrggbb/);
  });
});
