/**
 * The demo pages' behaviour, run headlessly with AppTest (edgelit/testing) — the same run,
 * `st` and input checks as a session, in milliseconds. What only a browser shows (drawing,
 * keyboard, refresh, reconnect) stays in test/e2e/.
 */
import { AppTest } from "edgelit/testing";
import { describe, expect, it } from "vitest";
import demo from "../../app";
import rerunModel from "../../app/pages/rerun-model";

describe("the re-run model page", () => {
  it("starts at 22 °C and says it is comfortable", async () => {
    const at = await AppTest.run(rerunModel);
    expect(at.status).toBe("ok");
    expect(at.title[0]?.value).toBe("Understanding Streamlit's Re-Run Model");
    expect(at.slider("Set temperature (°C)").value).toBe(22);
    expect(at.metric("Temperature in Fahrenheit")).toMatchObject({ value: "71.6 °F", delta: "22 °C input" });
    expect(at.success.map((e) => e.value)).toEqual(["Comfortable temperature range."]);
  });

  it("warns when the temperature is dangerously hot, and of ice below freezing", async () => {
    const at = await AppTest.run(rerunModel);
    await at.slider("Set temperature (°C)").set(40).run();
    expect(at.metric("Temperature in Fahrenheit").value).toBe("104.0 °F");
    expect(at.warning[0]?.value).toMatch(/^That's dangerously hot\./);
    await at.slider("Set temperature (°C)").set(-20).run();
    expect(at.metric("Temperature in Fahrenheit").value).toBe("-4.0 °F");
    expect(at.info[0]?.value).toMatch(/^Below freezing — roads may be icy\./);
  });

  it("refuses a value the slider could not have sent, as a browser's would be", async () => {
    const at = await AppTest.run(rerunModel);
    expect(() => at.slider("Set temperature (°C)").set(400)).toThrow(/expected a number from -20 to 50/);
    expect(at.slider("Set temperature (°C)").value).toBe(22);
  });
});

describe("the professional dashboard", () => {
  it("refuses to forecast without a target metric, then forecasts and records it", async () => {
    const at = await AppTest.run(demo, { path: "/dashboard" });
    expect(at.status).toBe("ok");
    expect(at.radio("Analysis Mode").value).toBe("Standard");
    expect(at.metric("Revenue").value).toMatch(/^\$/);
    expect(at.get("lineChart")).toHaveLength(1);

    await at.formSubmitButton("Run Forecast").click().run();
    expect(at.error.map((e) => e.value)).toEqual(["Target metric is required before running the forecast."]);

    at.textInput("Target metric").set("daily_revenue");
    at.selectbox("Confidence interval").set("95%");
    expect(at.textInput("Target metric").value).toBe(""); // held by the form until it is submitted
    await at.formSubmitButton("Run Forecast").click().run();
    expect(at.success.map((e) => e.value)).toEqual(["Forecast complete: 30 days, 95% CI, weekends included."]);
    expect(at.auditEvents.map((e) => e.action)).toContain("run_forecast");
  });

  it("switches to another page of the app", async () => {
    const at = await AppTest.run(demo);
    await at.switchPage("/caching");
    expect(at.page).toBe("/caching");
    expect(at.status).toBe("ok");
  });
});
