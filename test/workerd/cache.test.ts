import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { cacheData, cacheResource, cacheStats } from "../../durable/cache";
import { advanceClockForTests } from "../../durable/cache/clock";
import { parseTtl } from "../../durable/cache/duration";
import { forgetGenerationsForTests } from "../../durable/cache/generations";
import { argumentsKey } from "../../durable/cache/hash";
import { resetIsolateForTests } from "../../durable/cache/registry";
import { bindCacheStore } from "../../durable/cache/store";

beforeAll(() => bindCacheStore(env.CACHE));

const statsOf = (name: string) => cacheStats().find((s) => s.name === name)!;
const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("cacheData", () => {
  it("computes once and gives every caller its own copy", async () => {
    let runs = 0;
    const load = cacheData(async function loadCopies(n: number) {
      runs++;
      return { rows: Array.from({ length: n }, (_, i) => i), at: new Date(0), tags: new Set(["a"]) };
    });
    const first = await load(3);
    first.rows.push(99);
    first.tags.add("mutated");
    const second = await load(3);
    expect(second.rows).toEqual([0, 1, 2]);
    expect(second.tags).toEqual(new Set(["a"]));
    expect(second.at).toBeInstanceOf(Date);
    expect(runs).toBe(1);
    expect(statsOf("loadCopies")).toMatchObject({ hits: 1, misses: 1, computations: 1, entries: 1 });
  });

  it("expires an entry after its ttl, even one under KV's 60-second minimum", async () => {
    let runs = 0;
    const load = cacheData(function loadShortLived() {
      return ++runs;
    }, { ttl: "2s" });
    expect(await load()).toBe(1);
    expect(await load()).toBe(1);
    advanceClockForTests(2500);
    expect(await load()).toBe(2);
    // and KV, which would keep the value 60 s, serves no stale copy to a fresh isolate
    resetIsolateForTests();
    forgetGenerationsForTests();
    advanceClockForTests(2500);
    const again = cacheData(function loadShortLived() {
      return ++runs;
    }, { ttl: "2s" });
    expect(await again()).toBe(3);
  });

  it("serves from KV when this isolate's memory is gone", async () => {
    let runs = 0;
    const make = () => cacheData(async function loadFromKv(region: string) {
      runs++;
      return { region, total: 42 };
    }, { ttl: 3600 });
    expect(await make()("eu")).toEqual({ region: "eu", total: 42 });
    await tick(20); // the KV write is not awaited by callers
    resetIsolateForTests(); // a new isolate: empty memory, same KV
    forgetGenerationsForTests();
    expect(await make()("eu")).toEqual({ region: "eu", total: 42 });
    expect(runs).toBe(1);
    expect(statsOf("loadFromKv")).toMatchObject({ kvHits: 1, computations: 0 });
  });

  it("computes once for many concurrent calls of one key", async () => {
    let runs = 0;
    const load = cacheData(async function loadSlowly(id: number) {
      runs++;
      await tick(50);
      return { id };
    });
    const results = await Promise.all(Array.from({ length: 25 }, () => load(7)));
    expect(results.every((r) => r.id === 7)).toBe(true);
    expect(new Set(results).size).toBe(25); // still copies
    expect(runs).toBe(1);
  });

  it("keeps at most maxEntries in memory, least recently used out first", async () => {
    const load = cacheData(function loadBounded(k: string) {
      return k.toUpperCase();
    }, { maxEntries: 2 });
    await load("a");
    await load("b");
    await load("a"); // a is now the most recent
    await load("c"); // b goes
    expect(statsOf("loadBounded").entries).toBe(2);
    const before = statsOf("loadBounded").hits;
    await load("a");
    expect(statsOf("loadBounded").hits).toBe(before + 1);
  });

  it("clears one entry, one function, or everything", async () => {
    const counts = { x: 0, y: 0 };
    const x = cacheData(function loadX(k: number) {
      return ++counts.x + k * 0;
    });
    const y = cacheData(function loadY() {
      return ++counts.y;
    });
    await x(1);
    await x(2);
    await y();
    await x.clear(1);
    await x(1);
    await x(2);
    expect(counts.x).toBe(3); // only the cleared entry ran again
    await x.clear();
    await x(1);
    await x(2);
    expect(counts.x).toBe(5);
    await cacheData.clear();
    await x(1);
    await y();
    expect(counts).toEqual({ x: 6, y: 2 });
  });

  it("names the function and the argument that has no stable form", async () => {
    class Connection {}
    const load = cacheData(function loadWithConnection(_opts: unknown) {
      return 1;
    });
    await expect(load({ conn: new Connection() })).rejects.toThrow(/cacheData\(loadWithConnection\): argument #1\.conn is an instance of Connection/);
    await expect(load(() => 1)).rejects.toThrow(/argument #1 is a function/);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    await expect(load(cyclic)).rejects.toThrow(/contains itself/);
  });

  it("refuses a result that can't be stored", async () => {
    const load = cacheData(function loadSocketish() {
      return { send: () => {} };
    });
    await expect(load()).rejects.toThrow(/cacheData\(loadSocketish\) returned a value that can't be stored/);
  });

  it("asks for a name when the function has none", () => {
    expect(() => cacheData(() => 1)).toThrow(/give the function a name/);
  });
});

describe("argument keys", () => {
  const key = (...args: unknown[]) => argumentsKey("f", args);

  it("ignore the key order of objects, Maps and Sets", async () => {
    expect(await key({ a: 1, b: [2, { c: 3, d: 4 }] })).toBe(await key({ b: [2, { d: 4, c: 3 }], a: 1 }));
    expect(await key(new Map([["a", 1], ["b", 2]]))).toBe(await key(new Map([["b", 2], ["a", 1]])));
    expect(await key(new Set([1, 2]))).toBe(await key(new Set([2, 1])));
  });

  it("tell apart values that JSON would confuse", async () => {
    const distinct = [null, undefined, 0, -0, "0", 0n, NaN, [], {}, new Date(0), new Uint8Array([1]), new Int8Array([1]), [undefined], ["a"], new Set(["a"])];
    const keys = await Promise.all(distinct.map((v) => key(v)));
    expect(new Set(keys).size).toBe(distinct.length);
  });

  it("are stable across calls", async () => {
    const arg = { when: new Date(1_700_000_000_000), ids: new BigInt64Array([1n, 2n]), nested: new Map([[1, new Set([null])]]) };
    expect(await key(arg)).toBe(await key(structuredClone(arg)));
  });
});

describe("ttl", () => {
  it("accepts seconds and duration strings", () => {
    expect(parseTtl(90, "t")).toBe(90_000);
    expect(parseTtl("30s", "t")).toBe(30_000);
    expect(parseTtl("5m", "t")).toBe(300_000);
    expect(parseTtl("1h", "t")).toBe(3_600_000);
    expect(parseTtl("1d12h", "t")).toBe(129_600_000);
    expect(() => parseTtl("5 minutes", "cacheData(f)")).toThrow(/cacheData\(f\): ttl "5 minutes"/);
    expect(() => parseTtl(-1, "t")).toThrow(/positive/);
  });
});

describe("cacheResource", () => {
  it("hands every caller the same object, created once under concurrent first calls", async () => {
    let created = 0;
    const connect = cacheResource(async function initConnection(dsn: string) {
      created++;
      await tick(30);
      return { dsn, status: "connected" };
    });
    const all = await Promise.all(Array.from({ length: 10 }, () => connect("db")));
    expect(new Set(all).size).toBe(1);
    expect(await connect("db")).toBe(all[0]);
    expect(created).toBe(1);
  });

  it("recreates an object that fails validation, releasing the old one", async () => {
    const released: number[] = [];
    let n = 0;
    const pool = cacheResource(function makePool() {
      return { id: ++n, open: true };
    }, { validate: (p) => p.open, onRelease: (p) => released.push(p.id) });
    const first = await pool();
    first.open = false;
    const second = await pool();
    expect(second.id).toBe(2);
    expect(released).toEqual([1]);
  });

  it("releases on ttl, maxEntries and clear", async () => {
    const released: string[] = [];
    const model = cacheResource(function loadModel(name: string) {
      return { name };
    }, { ttl: "1m", maxEntries: 1, onRelease: (m) => released.push(m.name) });
    await model("a");
    await model("b"); // a evicted
    advanceClockForTests(61_000);
    await model("b"); // b expired: released and made again
    model.clear();
    expect(released).toEqual(["a", "b", "b"]);
  });
});
