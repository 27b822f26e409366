/**
 * `edgelit/testing`: run a page headlessly in a test (Streamlit's AppTest).
 *
 * @example
 * import { AppTest } from "edgelit/testing";
 * import page from "../app/pages/index";
 *
 * it("converts to Fahrenheit", async () => {
 *   const at = await AppTest.run(page);
 *   await at.slider("Set temperature (°C)").set(40).run();
 *   expect(at.metric("Temperature in Fahrenheit").value).toBe("104.0 °F");
 * });
 */
export { AppTest, type AppTestOptions, type ToastView } from "../durable/testing/app-test";
export type { ElementView } from "../durable/testing/read";
export type { ChartRead, VegaLiteRead } from "../durable/testing/chart-read";
export type { WidgetHandle } from "../durable/testing/widget-handle";
export type { DownloadHandle, FileUploaderHandle, TestFile } from "../durable/testing/file-handles";
