/**
 * Stable keys for cached calls: a function's identity (its name and a hash of its source,
 * so editing the function invalidates its entries) and a hash of its arguments — the same
 * for equal plain data whatever the key order of objects, Maps and Sets. An argument with
 * no stable form (a function, a socket, a class instance) is an error naming the argument
 * and the function, never a silent cache miss.
 */
import { AuthorError } from "../st/errors";
import { hash53 } from "../st/widgets/identity";

export class UnhashableArgumentError extends AuthorError {
  constructor(fn: string, where: string, what: string) {
    super(
      `${fn}: argument ${where} is ${what}, which has no stable form to build a cache key from. ` +
        "Pass plain data (strings, numbers, dates, arrays, objects, Maps, Sets) — e.g. an id instead of a connection.",
    );
    this.name = "UnhashableArgumentError";
  }
}

/** `name#hash-of-source` */
export function functionKey(fn: (...args: never[]) => unknown, name: string): string {
  return `${name}#${hash53(fn.toString()).toString(36)}`;
}

/** Hex SHA-256 of the arguments' canonical form. */
export async function argumentsKey(fn: string, args: readonly unknown[]): Promise<string> {
  const text = args.map((a, i) => canonical(a, { fn, where: `#${i + 1}`, seen: new Set() })).join(",");
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("").slice(0, 40);
}

interface Walk {
  fn: string;
  where: string;
  seen: Set<object>;
}

function canonical(v: unknown, w: Walk): string {
  switch (typeof v) {
    case "undefined":
      return "u";
    case "boolean":
      return v ? "b1" : "b0";
    case "number":
      return `d${Object.is(v, -0) ? "-0" : String(v)}`;
    case "bigint":
      return `i${v}`;
    case "string":
      return `s${JSON.stringify(v)}`;
    case "function":
      throw new UnhashableArgumentError(w.fn, w.where, `a function (${v.name || "anonymous"})`);
    case "symbol":
      throw new UnhashableArgumentError(w.fn, w.where, "a symbol");
  }
  if (v === null) return "n";
  const obj = v as object;
  if (w.seen.has(obj)) throw new UnhashableArgumentError(w.fn, w.where, "a value that contains itself");
  w.seen.add(obj);
  try {
    return structured(obj, w);
  } finally {
    w.seen.delete(obj);
  }
}

function structured(obj: object, w: Walk): string {
  const at = (suffix: string): Walk => ({ ...w, where: `${w.where}${suffix}` });
  if (Array.isArray(obj)) return `[${obj.map((x, i) => canonical(x, at(`[${i}]`))).join(",")}]`;
  if (obj instanceof Date) return `D${obj.getTime()}`;
  if (obj instanceof RegExp) return `R${String(obj)}`;
  if (obj instanceof Map) {
    const entries = [...obj].map(([k, x], i) => `${canonical(k, at(`.keys()[${i}]`))}=>${canonical(x, at(`.get(${String(k)})`))}`);
    return `M{${entries.sort().join(",")}}`;
  }
  if (obj instanceof Set) return `S{${[...obj].map((x, i) => canonical(x, at(`.values()[${i}]`))).sort().join(",")}}`;
  if (ArrayBuffer.isView(obj)) {
    const bytes = new Uint8Array(obj.buffer, obj.byteOffset, obj.byteLength);
    return `T${obj.constructor.name}:${hex(bytes)}`;
  }
  if (obj instanceof ArrayBuffer) return `B${hex(new Uint8Array(obj))}`;
  const proto = Object.getPrototypeOf(obj);
  if (proto !== Object.prototype && proto !== null) {
    throw new UnhashableArgumentError(w.fn, w.where, `an instance of ${proto?.constructor?.name || "a class"}`);
  }
  const keys = Object.keys(obj).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((obj as Record<string, unknown>)[k], at(`.${k}`))}`).join(",")}}`;
}

function hex(bytes: Uint8Array): string {
  let out = "";
  for (const b of bytes) out += b.toString(16).padStart(2, "0");
  return out;
}
