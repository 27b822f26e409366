/**
 * The dataframe data every session object in an isolate holds in memory has one budget: past
 * it, stored data is let go and read back from storage when asked for; data not yet stored
 * stays. (Storage here is an in-memory twin of a Durable Object's.)
 */
import { afterEach, describe, expect, it } from "vitest";
import { normalise, toDataset } from "../../durable/data/dataset";
import { DataShelf, setResidentBudget, type ShelfStorage } from "../../durable/data/shelf";

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
});
