/**
 * Query parameters at the boundary: the query string a browser sends (on connect, with a
 * `nav`) is checked and split into keys and values here, in one place for both paths.
 * Pure code: URLSearchParams only (browsers, workerd and Node all have it).
 */
import { MAX_QUERY_CHARS } from "./messages";

/** Most distinct keys a query may hold. */
export const MAX_QUERY_KEYS = 100;

/** Keys in first-seen order; a key given once holds a string, a repeated one the list (Streamlit). */
export type QueryValues = Map<string, string | string[]>;

/** Why a browser's query string is refused, or null when it is fine. */
export function queryProblem(qs: unknown): string | null {
  if (typeof qs !== "string") return "the query string must be a string";
  if (qs.length > MAX_QUERY_CHARS) return `the query string is ${qs.length} characters; at most ${MAX_QUERY_CHARS} are accepted`;
  const keys = new Set(new URLSearchParams(qs).keys());
  if (keys.size > MAX_QUERY_KEYS) return `the query string has ${keys.size} keys; at most ${MAX_QUERY_KEYS} are accepted`;
  return null;
}

/** A query string (with or without its "?") as keys and values. */
export function parseQuery(qs: string): QueryValues {
  const out: QueryValues = new Map();
  for (const [key, value] of new URLSearchParams(qs)) {
    const had = out.get(key);
    out.set(key, had === undefined ? value : Array.isArray(had) ? [...had, value] : [had, value]);
  }
  return out;
}

/** Keys and values as a query string (no "?"), a list as the key repeated — Python's urlencode(doseq=True). */
export function formatQuery(values: QueryValues): string {
  const out = new URLSearchParams();
  for (const [key, value] of values) for (const v of Array.isArray(value) ? value : [value]) out.append(key, v);
  return out.toString();
}
