/**
 * `edgelit`: what a page author imports — pages and apps, the `st` object's types, and the
 * caches. The runtime's other modules are internal.
 *
 * @example
 * import { definePage } from "edgelit";
 * export default definePage("/", "Temperature", (st) => {
 *   const c = st.slider("Set temperature (°C)", { min: -20, max: 50, value: 22 });
 *   st.metric("Temperature in Fahrenheit", `${((c * 9) / 5 + 32).toFixed(1)} °F`);
 * });
 */
export { type App, type AuditConfig, defineApp, definePage, type PageDef, type PageFn } from "../durable/st/app";
export type { Container } from "../durable/st/container";
export type { PageConfigOptions, St } from "../durable/st/st";
export type { QueryParams } from "../durable/st/query-params";
export type { ProgressBar, StatusContainer, StatusOptions, ToastOptions } from "../durable/st/elements/feedback";
export type { TableHandle } from "../durable/st/elements/add-rows";
export type { FragmentOptions } from "../durable/st/fragment";
export type { DialogHandle, DialogOptions, PopoverOptions } from "../durable/st/overlays";
export type {
  AreaChartOptions,
  BarChartOptions,
  ChartData,
  ChartHandle,
  ChartOptions,
  ScatterChartOptions,
  VegaLiteOptions,
} from "../durable/st/elements/chart";
export type { Identity } from "../platform/identity";
export type { UploadedFile } from "../durable/files/uploaded-file";
export {
  type CacheDataOptions,
  type CachedData,
  type CacheResourceOptions,
  type CachedResource,
  type CacheStats,
  cacheData,
  cacheResource,
} from "../durable/cache";
