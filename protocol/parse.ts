/**
 * The boundary: a raw inbound frame becomes a typed `ClientMsg` or a `ProtocolError`
 * that carries the error frame to answer with. Only shapes are checked here; whether a
 * value fits its widget is decided by the widget's own validator in the Durable Object.
 */
import { deltaShapeError, type EditDelta } from "./edit-delta";
import type { WireValue } from "./elements";
import { MAX_WINDOW_ROWS, type Sort } from "./data";
import { queryProblem } from "./query";
import { type ClientMsg, type ErrorCode, MAX_FRAME_BYTES, type Numbered, type RowsRequest, type ServerMsg } from "./messages";

export class ProtocolError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** the widget whose value was refused, so the browser can put its value back */
    readonly id?: string,
    /** the rows request refused, so the browser stops waiting for it */
    readonly q?: number,
  ) {
    super(message);
    this.name = "ProtocolError";
  }
  /** the frame to send back */
  frame(): ServerMsg {
    return {
      t: "error",
      code: this.code,
      message: this.message,
      ...(this.id !== undefined ? { id: this.id } : {}),
      ...(this.q !== undefined ? { q: this.q } : {}),
    };
  }
}

const MAX_ID = 200;
const MAX_ARRAY = 1000;

export function parseClientMsg(raw: string | ArrayBuffer): ClientMsg {
  const size = typeof raw === "string" ? utf8Length(raw) : raw.byteLength;
  if (size > MAX_FRAME_BYTES) {
    throw new ProtocolError("too_large", `Frame of ${size} bytes exceeds the ${MAX_FRAME_BYTES}-byte limit.`);
  }
  if (typeof raw !== "string") throw new ProtocolError("bad_frame", "Binary frames are not supported; send JSON text.");
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    throw new ProtocolError("bad_frame", "Frame is not valid JSON.");
  }
  if (!isRecord(data) || typeof data.t !== "string") {
    throw new ProtocolError("bad_frame", "Frame must be a JSON object with a string `t`.");
  }
  if (data.t === "rows") return rowsRequest(data);
  const numbered = inputNumber(data);
  return { ...body(data as Record<string, unknown> & { t: string }), ...numbered };
}

function body(data: Record<string, unknown> & { t: string }): ClientMsg {
  switch (data.t) {
    case "widget":
      return { t: "widget", id: id(data.id, "id"), v: wireValue(data.v, "v") };
    case "submit": {
      if (!isRecord(data.values)) throw new ProtocolError("bad_frame", "`values` must be an object.");
      const values: Record<string, WireValue> = {};
      const entries = Object.entries(data.values);
      if (entries.length > MAX_ARRAY) throw new ProtocolError("bad_frame", "Too many form values.");
      for (const [k, v] of entries) values[id(k, "values key")] = wireValue(v, `values.${k}`);
      return { t: "submit", form: id(data.form, "form"), button: id(data.button, "button"), values };
    }
    case "nav":
      if (typeof data.page !== "string" || data.page.length > MAX_ID || !data.page.startsWith("/")) {
        throw new ProtocolError("bad_frame", "`page` must be a URL path starting with /.");
      }
      if (data.qs === undefined) return { t: "nav", page: data.page };
      {
        const problem = queryProblem(data.qs);
        if (problem) throw new ProtocolError(problem.includes("at most") ? "too_large" : "bad_frame", `\`qs\`: ${problem}.`);
      }
      return { t: "nav", page: data.page, qs: data.qs as string };
    case "rerun":
      return { t: "rerun" };
    default:
      throw new ProtocolError("unknown_message", `Unknown message type ${JSON.stringify(data.t.slice(0, 40))}.`);
  }
}

/**
 * A window request: whole numbers, `from < to`, at most MAX_WINDOW_ROWS rows, a sort naming
 * a column index and a direction. Whether the data id and the window exist is the session's
 * to say. `q` is echoed even in the error frame, so it is checked first.
 */
function rowsRequest(data: Record<string, unknown>): RowsRequest {
  const q = data.q;
  if (typeof q !== "number" || !Number.isSafeInteger(q) || q < 0) throw new ProtocolError("bad_frame", "`q` must be a non-negative whole number.");
  const fail = (message: string) => new ProtocolError("bad_frame", message, undefined, q);
  if (data.n !== undefined || data.re !== undefined) throw fail("A rows request is not an input: it carries no `n`.");
  const whole = (v: unknown) => typeof v === "number" && Number.isSafeInteger(v) && v >= 0;
  if (typeof data.data !== "string" || data.data.length === 0 || data.data.length > MAX_ID) throw fail("`data` must be a data id.");
  if (!whole(data.from) || !whole(data.to) || (data.to as number) <= (data.from as number)) {
    throw fail("`from` and `to` must be whole numbers with from < to.");
  }
  const from = data.from as number;
  const to = data.to as number;
  if (to - from > MAX_WINDOW_ROWS) throw fail(`A window holds at most ${MAX_WINDOW_ROWS} rows.`);
  const out: RowsRequest = { t: "rows", data: data.data, from, to, q };
  if (data.sort !== undefined) {
    const s = data.sort;
    if (!Array.isArray(s) || s.length !== 2 || !whole(s[0]) || (s[1] !== "asc" && s[1] !== "desc")) {
      throw fail('`sort` must be [column index, "asc" | "desc"].');
    }
    out.sort = [s[0], s[1]] as Sort;
  }
  return out;
}

/** `n`: a non-negative whole number; `re`: only with `n`. */
function inputNumber(data: Record<string, unknown>): Numbered {
  if (data.n === undefined) {
    if (data.re !== undefined) throw new ProtocolError("bad_frame", "`re` needs an input number `n`.");
    return {};
  }
  if (typeof data.n !== "number" || !Number.isSafeInteger(data.n) || data.n < 0) {
    throw new ProtocolError("bad_frame", "`n` must be a non-negative whole number.");
  }
  if (data.re !== undefined && data.re !== 1) throw new ProtocolError("bad_frame", "`re` must be 1 when present.");
  return data.re === 1 ? { n: data.n, re: 1 } : { n: data.n };
}

function id(v: unknown, what: string): string {
  if (typeof v !== "string" || v.length === 0 || v.length > MAX_ID) {
    throw new ProtocolError("bad_frame", `\`${what}\` must be a non-empty string of at most ${MAX_ID} characters.`);
  }
  return v;
}

function wireValue(v: unknown, what: string): WireValue {
  if (v === null || typeof v === "boolean" || typeof v === "string") return v;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new ProtocolError("bad_value", `\`${what}\` must be a finite number.`);
    return v;
  }
  if (Array.isArray(v) && v.length <= MAX_ARRAY) {
    for (const item of v) {
      if (!(typeof item === "string" || (typeof item === "number" && Number.isFinite(item)))) {
        throw new ProtocolError("bad_value", `\`${what}\` may only hold strings and finite numbers.`);
      }
    }
    return v as (string | number)[];
  }
  // the one object-shaped value: a data editor's edits
  if (isRecord(v)) {
    const bad = deltaShapeError(v);
    if (bad) throw new ProtocolError("bad_value", `\`${what}\`: ${bad}.`);
    return v as unknown as EditDelta;
  }
  throw new ProtocolError("bad_value", `\`${what}\` is not a widget value.`);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function utf8Length(s: string): number {
  // Cheap upper bound first: a UTF-16 unit is at most 3 UTF-8 bytes.
  if (s.length * 3 <= MAX_FRAME_BYTES) return s.length;
  return new TextEncoder().encode(s).byteLength;
}
