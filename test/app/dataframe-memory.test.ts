/**
 * The dataframe data every session object in an isolate holds in memory has one budget: past
 * it, stored data is let go and read back from storage when asked for; data not yet stored
 * stays. (Storage here is an in-memory twin of a Durable Object's.)
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterEach, describe, expect, it } from "vitest";
import { normalise, toDataset } from "../../durable/data/dataset";
import { DataShelf, residentData, setResidentBudget, type ShelfStorage } from "../../durable/data/shelf";

// A real garbage collection, as the runtime does after it drops a hibernated object.
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
/** Collects garbage once the current job has ended (WeakRefs keep their targets until then). */
async function collect(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  gc();
}

function memoryStorage(): ShelfStorage & { keys(): string[] } {
  const map = new Map<string, unknown>();
  return {
    keys: () => [...map.keys()],
    get: (async (keys: string | string[]) =>
      Array.isArray(keys) ? new Map(keys.filter((k) => map.has(k)).map((k) => [k, map.get(k)])) : map.get(keys)) as ShelfStorage["get"],
    put: (async (entries: Record<string, unknown>) => {
      for (const [k, v] of Object.entries(entries)) map.set(k, v);
    }) as ShelfStorage["put"],
    delete: (async (keys: string | string[]) => {
      for (const k of [keys].flat()) map.delete(k);
      return true;
    }) as ShelfStorage["delete"],
  };
}

const table = (n: number) => toDataset(normalise({ n: Array.from({ length: n }, (_, i) => i) })).dataset;

afterEach(() => setResidentBudget(48_000_000));

describe("the isolate's memory budget for dataframe data", () => {
  it("lets stored data go past the budget and reads it back from storage", async () => {
    const storage = memoryStorage();
    const a = new DataShelf();
    const b = new DataShelf();
    const first = table(10_000);
    const second = table(20_000);
    a.keep(first);
    await a.sync(storage, new Set([first.id]));
    setResidentBudget(second.size + 10);
    b.keep(second);
    await b.sync(storage, new Set([second.id]));
    expect(a.peek(first.id)).toBeUndefined();
    expect(b.peek(second.id)).toBe(second);
    const back = await a.find(storage, first.id);
    expect(back?.columns[0]?.[9_999]).toBe(9_999);
  });

  it("never lets go of data that is not stored yet", async () => {
    setResidentBudget(1);
    const shelf = new DataShelf();
    const data = table(1_000);
    shelf.keep(data);
    expect(shelf.peek(data.id)).toBe(data);
    await shelf.sync(null, new Set([data.id]));
    expect(shelf.peek(data.id)).toBe(data);
  });

  it("keeps nothing of a session whose object is gone: its shelf and data are collected, and no longer counted", async () => {
    const storage = memoryStorage();
    await collect(); // the earlier tests' shelves
    const before = residentData();
    // a session object's shelf, reachable only from that object (here: this function's scope)
    await (async () => {
      const shelf = new DataShelf();
      const data = table(50_000);
      shelf.keep(data);
      await shelf.sync(storage, new Set([data.id]));
      expect(residentData().datasets).toBe(before.datasets + 1);
    })();
    // the object is dropped, and collected
    await collect();
    expect(residentData()).toEqual(before);
  });
});
