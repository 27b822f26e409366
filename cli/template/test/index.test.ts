/** The home page, run headlessly with AppTest: the real run, no browser, milliseconds. */
import { AppTest } from "edgelit/testing";
import { describe, expect, it } from "vitest";
import home from "../app/pages/index";

describe("the temperature page", () => {
  it("starts at 22 °C", async () => {
    const at = await AppTest.run(home);
    expect(at.status).toBe("ok");
    expect(at.slider("Set temperature (°C)").value).toBe(22);
    expect(at.metric("Temperature in Fahrenheit").value).toBe("71.6 °F");
  });

  it("converts the temperature the slider is moved to, and warns when it is dangerously hot", async () => {
    const at = await AppTest.run(home);
    await at.slider("Set temperature (°C)").set(40).run();
    expect(at.metric("Temperature in Fahrenheit").value).toBe("104.0 °F");
    expect(at.warning[0]?.value).toMatch(/dangerously hot/);
  });

  it("draws a day's curve around the chosen temperature, warmest at 3 pm", async () => {
    const at = await AppTest.run(home);
    await at.slider("Set temperature (°C)").set(30).run();
    const charts = at.get("lineChart");
    expect(charts).toHaveLength(1);
    const [curve] = charts[0]!.node.p.series as { name: string; y: number[] }[];
    expect(curve!.name).toBe("°C");
    expect(Math.max(...curve!.y)).toBe(36);
    expect(curve!.y[15]).toBe(36);
  });
});
