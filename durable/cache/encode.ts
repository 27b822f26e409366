/**
 * Cached values travel to KV as text. JSON loses Date, Map, Set, bigint, undefined, NaN and
 * typed arrays, so those are tagged (`{"$t": …}`) and restored on the way back — the same
 * value family structuredClone keeps, which is what every caller gets a copy through.
 */

type Tagged = { $t: string; v?: unknown };

export function encode(value: unknown): string {
  return JSON.stringify(tag(value));
}

export function decode(text: string): unknown {
  return untag(JSON.parse(text));
}

function tag(v: unknown): unknown {
  if (v === undefined) return { $t: "u" };
  if (typeof v === "number" && !Number.isFinite(v)) return { $t: "num", v: String(v) };
  if (typeof v === "number" && Object.is(v, -0)) return { $t: "num", v: "-0" };
  if (typeof v === "bigint") return { $t: "big", v: v.toString() };
  if (v === null || typeof v !== "object") return v;
  if (Array.isArray(v)) return v.map(tag);
  if (v instanceof Date) return { $t: "date", v: v.getTime() };
  if (v instanceof RegExp) return { $t: "re", v: [v.source, v.flags] };
  if (v instanceof Map) return { $t: "map", v: [...v].map(([k, x]) => [tag(k), tag(x)]) };
  if (v instanceof Set) return { $t: "set", v: [...v].map(tag) };
  if (ArrayBuffer.isView(v)) {
    const bytes = new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
    return { $t: "bytes", v: [v.constructor.name, base64(bytes)] };
  }
  if (v instanceof ArrayBuffer) return { $t: "buf", v: base64(new Uint8Array(v)) };
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) out[k] = tag(x);
  // A plain object that happens to have a `$t` key is wrapped, so it is not read as a tag.
  return "$t" in out ? { $t: "obj", v: out } : out;
}

function untag(v: unknown): unknown {
  if (v === null || typeof v !== "object") return v;
  if (Array.isArray(v)) return v.map(untag);
  const t = v as Tagged;
  switch (t.$t) {
    case undefined:
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, untag(x)]));
    case "u":
      return undefined;
    case "num":
      return Number(t.v);
    case "big":
      return BigInt(t.v as string);
    case "date":
      return new Date(t.v as number);
    case "re":
      return new RegExp(...(t.v as [string, string]));
    case "map":
      return new Map((t.v as [unknown, unknown][]).map(([k, x]) => [untag(k), untag(x)]));
    case "set":
      return new Set((t.v as unknown[]).map(untag));
    case "bytes": {
      const [type, data] = t.v as [string, string];
      const bytes = unbase64(data);
      const Ctor = (globalThis as unknown as Record<string, new (b: ArrayBuffer) => ArrayBufferView>)[type];
      return Ctor && type !== "DataView" ? new Ctor(bytes.buffer as ArrayBuffer) : new DataView(bytes.buffer as ArrayBuffer);
    }
    case "buf":
      return unbase64(t.v as string).buffer;
    case "obj":
      return Object.fromEntries(Object.entries(t.v as object).map(([k, x]) => [k, untag(x)]));
    default:
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, untag(x)]));
  }
}

function base64(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function unbase64(text: string): Uint8Array {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}
