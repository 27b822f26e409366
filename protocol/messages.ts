/**
 * Every message on the session WebSocket, named by direction (as Streamlit's BackMsg /
 * ForwardMsg): `ClientMsg` goes browser → Durable Object, `ServerMsg` the other way.
 * Frames are JSON text; the tag of each message is written once, here.
 */
import type { Cell, Sort } from "./data";
import type { PageConfig, PageInfo, WireValue } from "./elements";
import type { Op, Tree } from "./tree";

/** Largest inbound frame accepted; anything bigger is answered with an error frame. */
export const MAX_FRAME_BYTES = 1024 * 1024;

/** Heartbeat: the socket's auto-response answers PING with PONG without waking the object. */
export const PING = "ping";
export const PONG = "pong";

/** Close codes the browser acts on. */
export const CLOSE = {
  /** the upgrade was refused (bad origin, bad session id): do not retry blindly */
  refused: 1008,
  /** the session expired and its storage is gone: start a fresh one */
  expired: 4000,
  /** the Access token expired: reload the page to sign in again (the session resumes) */
  reauthenticate: 4001,
} as const;

// ── browser → Durable Object ────────────────────────────────────────────────
/**
 * Every input carries its number `n` (rising, per browser tab; see protocol/input.ts), and
 * `re: 1` when the browser sends it again after a reconnect because the server had not
 * seen it — the server drops a resent input it has seen, so a press never counts twice.
 */
export interface Numbered {
  n?: number;
  re?: 1;
}

export type ClientMsg = Numbered &
  (
    /** a widget outside a form changed (a button sends `true`) */
    | { t: "widget"; id: string; v: WireValue }
    /** a form was submitted: its buffered values plus the submit button that fired */
    | { t: "submit"; form: string; button: string; values: Record<string, WireValue> }
    /**
     * navigate to another page of the app; `qs`: the query string it opens with (Back and
     * Forward restore the entry's; a link sends none, so the parameters are cleared)
     */
    | { t: "nav"; page: string; qs?: string }
    /** run the page again with the current values */
    | { t: "rerun" }
    | RowsRequest
  );

/**
 * A window of a dataframe's rows, `from` inclusive to `to` exclusive, in `sort` order (none:
 * the data's order). Not an input: it re-runs nothing and carries no input number. `q` is
 * the browser's own request number, echoed in the answer (or in the error frame).
 */
export interface RowsRequest {
  t: "rows";
  data: string;
  from: number;
  to: number;
  sort?: Sort;
  q: number;
}

export type ClientTag = ClientMsg["t"];

// ── Durable Object → browser ────────────────────────────────────────────────
export type RunStatus = "ok" | "interrupted" | "stopped" | "error";

export type ServerMsg =
  /** on every (re)connect: everything the browser needs to paint */
  | {
      t: "hello";
      session: string;
      pages: PageInfo[];
      page: string;
      config: PageConfig;
      tree: Tree;
      /** the run in progress, or the one this connection starts (every connect runs the page) */
      running: number | null;
      /** who is signed in; `dev` means local development without Cloudflare Access */
      who: { kind: "user" | "service" | "dev" | "anonymous"; email: string | null };
      /** the newest input whose values `tree` already holds */
      ack: number;
      /** the newest input number the server has received (a newer one was lost: send it again) */
      seen: number;
    }
  /**
   * a run is in progress (for the running indicator and stale fading) — sent only once a
   * run outlasts its first tick, so a quick run costs one frame: its `done`
   */
  | { t: "run"; run: number; page: string }
  /** elements produced so far by a run that is awaiting something */
  | ({ t: "delta"; run: number; ops: Op[]; ack?: number } & RunExtras)
  /**
   * a run ended: the rest of its changes, and trims when it completed; `page` when it moved.
   * No `status` means "ok" (every byte counts on the most frequent frame).
   */
  | ({ t: "done"; run: number; status?: Exclude<RunStatus, "ok">; ops: Op[]; config?: PageConfig; page?: string; ack?: number } & RunExtras)
  /**
   * an inbound frame was refused; nothing changed. `id`: the widget whose value it was;
   * `n`: the refused input's number (the browser stops showing its value)
   */
  | { t: "error"; code: ErrorCode; message: string; id?: string; n?: number; q?: number }
  /** the rows a `rows` request asked for; `idx`: each row's index in the data (stable under sorting) */
  | { t: "rows"; q: number; data: string; from: number; rows: Cell[][]; idx: number[] };

/**
 * What a run's frame carries besides the tree: things that happen once rather than being
 * drawn — so a rerun that draws the same page still shows its toasts, and a reconnect's
 * `hello` never replays old ones.
 */
export interface RunExtras {
  /** toasts the run raised since its last frame, oldest first */
  toasts?: Toast[];
  /** the page changed its query parameters: the address bar's new query string (no "?") */
  qs?: string;
}

/**
 * One `st.toast` call, or an update of one (`msg.toast(…)`: the same `id`, shown in its
 * place with its time started again). `ms`: how long it stays (null: until closed).
 */
export interface Toast {
  /** unique in the session: the run and the call's number in it */
  id: string;
  html: string;
  icon?: string;
  ms: number | null;
}

/**
 * Longest query string a browser may send: with a `nav`, or on connect — the upgrade's
 * `/_stcore/stream?session=…&page=…&qs=<the address bar's query string>` — whose first run
 * sees those parameters (st.queryParams). More, or more than MAX_QUERY_KEYS keys, is
 * answered with a `too_large` error frame and the page runs without them.
 */
export const MAX_QUERY_CHARS = 8 * 1024;

/** How a `done` frame's run ended. */
export function statusOf(done: { status?: RunStatus }): RunStatus {
  return done.status ?? "ok";
}

export type ErrorCode =
  | "bad_frame"
  | "too_large"
  | "unknown_message"
  | "unknown_widget"
  | "bad_value"
  | "unknown_page"
  | "unknown_data"
  | "origin"
  | "bad_session"
  | "unauthorized"
  | "rate_limited"
  | "internal";
