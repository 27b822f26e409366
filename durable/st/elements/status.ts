/**
 * Status elements: metric, the four alert boxes, exception, spinner.
 */
import type { AlertKind, DeltaColor } from "../../../protocol/elements";
import type { Container } from "../container";
import type { Target } from "../target";
import { exceptionProps } from "./exception";
import { inlineMarkdownToHtml } from "./markdown";

export interface MetricOptions {
  /** the change, e.g. "+12.3%" or -0.5; a leading "-" means down */
  delta?: string | number | null;
  /** "normal": up is good (green); "inverse": up is bad (red); "off": grey */
  deltaColor?: DeltaColor;
  help?: string;
}

export interface AlertOptions {
  icon?: string;
}

export interface StatusApi {
  /**
   * A big number with an optional change. Returns a placeholder holding it: a running page
   * calls `.metric(…)` on it to show a new value in place.
   * @example st.metric("Churn Rate", "2.4%", { delta: "-0.5%", deltaColor: "inverse" });
   */
  metric(label: string, value: string | number | null, opts?: MetricOptions): Container;
  success(body: string, opts?: AlertOptions): void;
  info(body: string, opts?: AlertOptions): void;
  warning(body: string, opts?: AlertOptions): void;
  error(body: string, opts?: AlertOptions): void;
  /** Shows an error with its stack, as an uncaught one would be. */
  exception(error: unknown): void;
  /**
   * Shows a spinner with `text` while `work` runs, then removes it; returns work's result.
   * @example const rows = await st.spinner("Loading…", () => fetchRows());
   */
  spinner<T>(text: string, work: () => T | Promise<T>): Promise<T>;
}

function alert(this: Target, kind: AlertKind, body: string, opts: AlertOptions = {}) {
  this.element("alert", { kind, html: inlineMarkdownToHtml(String(body)), ...(opts.icon ? { icon: opts.icon } : {}) });
}

export const statusApi: StatusApi & ThisType<Target> = {
  metric(label, value, opts = {}) {
    const delta = opts.delta === undefined || opts.delta === null ? undefined : String(opts.delta);
    return this.handle(this.element("metric", {
      label: String(label),
      value: value === null ? "—" : String(value),
      ...(delta !== undefined ? { delta } : {}),
      deltaColor: opts.deltaColor ?? "normal",
      ...(opts.help ? { help: opts.help } : {}),
    }));
  },
  success(body, opts) {
    alert.call(this, "success", body, opts);
  },
  info(body, opts) {
    alert.call(this, "info", body, opts);
  },
  warning(body, opts) {
    alert.call(this, "warning", body, opts);
  },
  error(body, opts) {
    alert.call(this, "error", body, opts);
  },
  exception(error) {
    this.element("exception", exceptionProps(error));
  },
  async spinner(text, work) {
    const spot = this.placeholder();
    spot.element("spinner", { text: String(text) });
    try {
      return await work();
    } finally {
      // Remove the spinner even when work throws — unless the run is already abandoned.
      if (!this.ctx.interrupted) spot.element("empty", {});
    }
  },
};
