/**
 * Progress and status: `progress` (a bar a running page moves), `toast` (a notification in
 * the corner, once per call) and `status` (an expander whose icon tells how the work inside
 * it is going). Each returns a handle a running page updates in place; what it writes
 * reaches the browser while the page still runs, as soon as the page awaits something.
 */
import type { StatusState } from "../../../protocol/elements";
import type { Container } from "../container";
import { AuthorError } from "../errors";
import { isSignal } from "../signals";
import { currentRun } from "../context";
import { nodeAt } from "../../../protocol/tree";
import { inlineMarkdownToHtml } from "./markdown";

/** A progress bar: a placeholder holding it, plus `update`. */
export interface ProgressBar extends Container {
  /** Moves the bar (and changes its text; without `text` the bar has none, as `progress` would). */
  update(value: number, text?: string): void;
}

/** A status container: write into it like any container; `update` changes its header. */
export interface StatusContainer extends Container {
  update(opts: StatusOptions): void;
  /**
   * Python's `with st.status(…)`: runs `work` with the container, then — if it is still
   * running — marks it complete, or failed when `work` throws (the error goes on up).
   * @example await st.status("Downloading data…").run(async (s) => { s.write("Found URL."); await fetchIt(); });
   */
  run<T>(work: (status: StatusContainer) => T | Promise<T>): Promise<T>;
}

export interface StatusOptions {
  label?: string;
  /** "running" (a spinner, the default), "complete" (a check) or "error" */
  state?: StatusState;
  /** open (default: closed) */
  expanded?: boolean;
}

/** A toast the page raised: `toast` again to change it in place (Streamlit's `msg.toast(…)`). */
export interface ToastHandle {
  toast(text: string, opts?: ToastOptions): ToastHandle;
}

export interface ToastOptions {
  /** an emoji shown before the text */
  icon?: string;
  /** "short" (4 s, the default), "long" (10 s), "infinite" (until closed) or seconds */
  duration?: "short" | "long" | "infinite" | number;
}

export interface FeedbackApi {
  /**
   * A progress bar. `value`: a whole percentage 0–100, or a fraction 0–1 (0.5 is half;
   * `1` is 1 %, the whole number). Update it as the work goes.
   * @example const bar = st.progress(0, "Working"); …; bar.update(60, "Almost");
   */
  progress(value: number, text?: string): ProgressBar;
  /**
   * A notification at the corner of the window that goes away by itself; shown once per
   * call, even when a rerun draws the same page. The handle changes it in place.
   * @example st.toast("Your edited image was saved!", { icon: "😍" });
   * @example const msg = st.toast("Gathering ingredients…"); await cook(); msg.toast("Ready!", { icon: "🥞" });
   */
  toast(text: string, opts?: ToastOptions): ToastHandle;
  /**
   * An expander with a state icon, for the steps of a long job.
   * @example const s = st.status("Downloading data…"); s.write("Found URL."); await work(); s.update({ label: "Download complete!", state: "complete" });
   */
  status(label: string, opts?: StatusOptions): StatusContainer;
}

const TOAST_MS = { short: 4000, long: 10_000 } as const;

/** Streamlit's rules: a whole number is a percentage, a fraction a share of 1. */
export function progressValue(value: number): number {
  if (typeof value !== "number" || Number.isNaN(value)) throw new AuthorError(`Progress Value has invalid type: ${typeof value}`);
  if (Number.isInteger(value)) {
    if (value >= 0 && value <= 100) return value;
    throw new AuthorError(`Progress Value has invalid value [0, 100]: ${value}`);
  }
  if (value >= 0 && value <= 1) return Math.trunc(value * 100);
  throw new AuthorError(`Progress Value has invalid value [0.0, 1.0]: ${value}`);
}

function toastMs(duration: ToastOptions["duration"] = "short"): number | null {
  if (duration === "infinite") return null;
  if (duration === "short" || duration === "long") return TOAST_MS[duration];
  if (typeof duration === "number" && duration > 0 && Number.isFinite(duration)) return Math.round(duration * 1000);
  throw new AuthorError(`toast: duration must be "short", "long", "infinite" or a positive number of seconds, got ${JSON.stringify(duration)}.`);
}

function stateOf(state: unknown): StatusState {
  if (state === "running" || state === "complete" || state === "error") return state;
  throw new AuthorError(`status: state must be "running", "complete" or "error", got ${JSON.stringify(state)}.`);
}

export const feedbackApi: FeedbackApi & ThisType<Container> = {
  progress(value, text) {
    const props = { value: progressValue(value), ...(text !== undefined && text !== null ? { html: inlineMarkdownToHtml(String(text)) } : {}) };
    const bar = this.handle(this.element("progress", props)) as ProgressBar;
    bar.update = (v, t) => void bar.progress(v, t);
    return bar;
  },
  toast(text, opts = {}) {
    if (this.scope.root === "sidebar") {
      this.ctx.checkpoint();
      // Streamlit's rule: toasts belong to the page, not to the narrow sidebar
      throw new AuthorError("st.toast cannot be called directly on the sidebar with st.sidebar.toast; call st.toast.");
    }
    // a toast is not an element: a widget's callback may raise one too, in the run it runs in
    const ctx = currentRun(this.ctx.stores, this.ctx);
    const id = `${ctx.opts.run}.${ctx.toastCount++}`;
    const raise = (body: string, o: ToastOptions): ToastHandle => {
      ctx.checkpoint();
      const ms = toastMs(o.duration);
      if (!ctx.opts.shadow) {
        ctx.toasts.push({ id, html: inlineMarkdownToHtml(String(body)), ...(o.icon ? { icon: String(o.icon) } : {}), ms });
        ctx.output();
      }
      return handle;
    };
    const handle: ToastHandle = { toast: (body, o = {}) => raise(body, o) };
    return raise(text, opts);
  },
  status(label, opts = {}) {
    if (this.scope.inExpander) throw new AuthorError("Expanders may not be nested inside other expanders (st.status is one).");
    let props = { label: String(label), state: stateOf(opts.state ?? "running"), expanded: opts.expanded ?? false };
    const box = this.block("status", props, { ...this.scope, inExpander: true }) as StatusContainer;
    const path = box.path;
    box.update = (change) => {
      this.ctx.checkpoint();
      props = {
        label: change.label !== undefined ? String(change.label) : props.label,
        state: change.state !== undefined ? stateOf(change.state) : props.state,
        expanded: change.expanded ?? props.expanded,
      };
      // a new node with the same children, so the run's diff sees the change
      this.ctx.place(path, { k: "status", p: props, c: nodeAt(this.ctx.tree, path)?.c ?? [] });
    };
    box.run = async (work) => {
      let result: Awaited<ReturnType<typeof work>>;
      try {
        result = await work(box);
      } catch (error) {
        // a rerun, stop or interrupt is not the work failing
        if (!isSignal(error) && props.state === "running") box.update({ state: "error" });
        throw error;
      }
      if (props.state === "running") box.update({ state: "complete" });
      return result;
    };
    return box;
  },
};
