/**
 * The operations room (/operations): every element of a long-running app on one page —
 * query parameters, a popover, four chart kinds, a self-refreshing fragment, a status with
 * a progress bar and a toast, a dialog, and a streamed chat answer.
 */
import { AppTest } from "edgelit/testing";
import { describe, expect, it } from "vitest";
import demo from "../../app";

const open = (query?: string) => AppTest.run(demo, { path: "/operations", ...(query !== undefined ? { query } : {}) });

describe("the operations room", () => {
  it("opens on the money view of the last 14 days and says so in the address bar", async () => {
    const at = await open();
    expect(at.status).toBe("ok");
    expect(at.radio("View").value).toBe("Money");
    expect(at.queryParams).toEqual({ view: "Money", days: "14" });
    expect(at.barChart).toHaveLength(1);
    expect(at.scatterChart).toHaveLength(1);
    expect(at.areaChart).toHaveLength(0);
  });

  it("opens a link's view and period: customers over 30 days, with the area and Vega-Lite charts", async () => {
    const at = await open("view=Customers&days=30");
    expect(at.radio("View").value).toBe("Customers");
    expect(at.selectbox("Period (days)").value).toBe("30"); // as the browser shows it
    expect(at.queryParams).toEqual({ view: "Customers", days: "30" });
    expect(at.areaChart).toHaveLength(1);
    expect(at.vegaLiteChart).toHaveLength(1);
    expect(at.barChart).toHaveLength(0);
  });

  it("ignores a link's parameters it doesn't know, and the address bar follows the widgets", async () => {
    const at = await open("view=Nonsense&days=7");
    expect(at.queryParams).toEqual({ view: "Money", days: "14" });
    await at.radio("View").set("Customers").run();
    expect(at.queryParams).toEqual({ view: "Customers", days: "14" });
  });

  it("keeps the chart settings in a popover", async () => {
    const at = await open();
    const inside = at.popover("Chart settings").map((e) => e.node.p.label);
    expect(inside).toEqual(["Period (days)", "Stack the series"]);
  });

  it("refreshes the live orders on their own, without running the rest of the page", async () => {
    const at = await open();
    const live = at.fragment("live");
    expect(live.runEvery).toBe(2000);
    const before = at.metric("Orders this minute").value;
    const pageRuns = at.runs.page;
    await live.tick();
    await live.tick();
    expect(at.runs.page).toBe(pageRuns);
    expect(at.runs.fragment).toBeGreaterThanOrEqual(2);
    expect(at.metric("Orders this minute").value).not.toBe(before);
  });

  it("runs a forecast in a status container, to 100 %, and raises a toast when it is ready", async () => {
    const at = await open();
    await at.button("Run forecast").click().run();
    const status = at.statusContainer("Forecast complete");
    expect(status.state).toBe("complete");
    expect(status.elements.find((e) => e.kind === "progress")?.node.p.value).toBe(100);
    expect(status.elements.map((e) => e.value).join(" ")).toMatch(/Next week's revenue: \$/);
    expect(at.toast.map((t) => t.text)).toEqual(["The forecast is ready"]);
  });

  it("confirms an export in a dialog, which the download closes", async () => {
    const at = await open();
    expect(at.dialog("Export the period").isOpen).toBe(false);
    await at.button("Export…").click().run();
    expect(at.dialog("Export the period").isOpen).toBe(true);
    expect(at.textInput("File name").value).toBe("forge-14-days.csv");
    expect(await at.downloadButton("Download").text()).toMatch(/^day,Revenue,Cost,Profit,activeUsers\n/);
    await at.downloadButton("Download").click().run();
    expect(at.dialog("Export the period").isOpen).toBe(false);
    expect(at.toast.map((t) => t.text)).toEqual(["Exported forge-14-days.csv"]);
  });

  it("answers a question about the numbers in the chat, and keeps the conversation", async () => {
    const at = await open();
    await at.chatInput("Ask about the period").set("How did we do?").run();
    expect(at.chatMessage.map((m) => m.name)).toEqual(["user", "assistant"]);
    expect(at.chatMessage[1]?.text).toMatch(/^You asked: "How did we do\?"\. Over the last 14 days revenue was \$/);
    await at.radio("View").set("Customers").run();
    expect(at.chatMessage).toHaveLength(2);
  });
});
