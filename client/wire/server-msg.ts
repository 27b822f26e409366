/**
 * The client's boundary: a text frame becomes a typed `ServerMsg`, or null if it is not one
 * (logged, then ignored). Only the shape the store relies on is checked — the server is
 * trusted for the rest; this guards against a proxy's garbage, not against the server.
 */
import type { ServerMsg } from "../../protocol/messages";

type Check = (m: Record<string, unknown>) => boolean;

const optionalCount = (v: unknown): boolean => v === undefined || (typeof v === "number" && Number.isSafeInteger(v) && v >= 0);
const isTree = (v: unknown): boolean =>
  typeof v === "object" && v !== null && Array.isArray((v as { roots?: unknown }).roots) && (v as { roots: unknown[] }).roots.length === 2;

/** What each tag needs before the store may touch it. */
const SHAPES: Record<ServerMsg["t"], Check> = {
  hello: (m) =>
    isTree(m.tree) && Array.isArray(m.pages) && typeof m.page === "string" && typeof m.config === "object" &&
    typeof m.ack === "number" && typeof m.seen === "number",
  run: (m) => typeof m.run === "number" && typeof m.page === "string",
  delta: (m) => typeof m.run === "number" && Array.isArray(m.ops) && optionalCount(m.ack),
  done: (m) => typeof m.run === "number" && Array.isArray(m.ops) && optionalCount(m.ack),
  error: (m) => typeof m.message === "string" && optionalCount(m.n) && optionalCount(m.q),
  rows: (m) => typeof m.q === "number" && typeof m.data === "string" && typeof m.from === "number" && Array.isArray(m.rows) && Array.isArray(m.idx),
};

export function parseServerMsg(text: string): ServerMsg | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    console.warn("edgelit: ignoring a frame that is not JSON", text.slice(0, 80));
    return null;
  }
  const m = data as Record<string, unknown>;
  const check = typeof m === "object" && m !== null && Object.hasOwn(SHAPES, m.t as string) ? SHAPES[m.t as ServerMsg["t"]] : null;
  if (!check?.(m)) {
    console.warn("edgelit: ignoring an unexpected frame", text.slice(0, 80));
    return null;
  }
  return data as ServerMsg;
}
