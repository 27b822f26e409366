/**
 * Where a session's dataframe data lives: in memory while the object is awake, and in the
 * object's storage so windows can be answered after it hibernates and wakes without a
 * rerun. Each dataset is stored once, keyed by its id, as pieces of its JSON (a stored value
 * is at most 2 MB), and dropped when no element in the tree names it any more.
 * Sort orders are computed on demand and kept in memory only (cheap to recompute).
 *
 * Memory is shared: every session object of a class lives in one isolate (128 MB on
 * Workers), so the data all shelves hold in memory has one budget; past it, the least
 * recently used data that is already stored is let go (and read back from storage if asked
 * for again). Data not yet stored is never let go.
 */
import type { Sort } from "../../protocol/data";
import { type Dataset, fromJson, toJson } from "./dataset";
import { sortOrder } from "./sort";
import { inBatches, readPieces, toPieces } from "../storage-limits";

/** sort orders kept per object (each is 4 bytes a row) */
const MAX_ORDERS = 8;

/** The stored datasets: id → how many pieces its JSON is in. Kept in the session record. */
export type StoredIndex = Record<string, number>;

/** What the shelf needs of Durable Object storage (AppTest has none: memory only). */
export type ShelfStorage = Pick<DurableObjectStorage, "get" | "put" | "delete">;

/**
 * Every shelf's data in memory in this isolate, least recently used first. The entries hold
 * the data and its shelf weakly: a session object the runtime drops (hibernation, eviction)
 * takes its shelf and data with it, and this module must not keep them alive — an entry whose
 * data or shelf is gone is pruned at the next touch, its bytes no longer counted.
 */
interface Resident {
  dataset: WeakRef<Dataset>;
  shelf: WeakRef<DataShelf>;
  size: number;
}
const resident = new Map<number, Resident>();
/** each resident dataset's entry key (weak: a dataset collected takes its key with it) */
const keys = new WeakMap<Dataset, number>();
let nextKey = 0;
let residentBytes = 0;
/** estimated JSON bytes; JavaScript arrays of numbers take about as much */
let budget = 48_000_000;

/** @internal for tests: the isolate's memory budget for dataframe data, in estimated bytes */
export function setResidentBudget(bytes: number): void {
  budget = bytes;
  trim();
}

/** @internal for tests: how many datasets, and how many bytes, the budget counts as in memory */
export function residentData(): { datasets: number; bytes: number } {
  trim();
  return { datasets: resident.size, bytes: residentBytes };
}

function touch(dataset: Dataset, shelf: DataShelf): void {
  let key = keys.get(dataset);
  if (key === undefined || !resident.delete(key)) {
    residentBytes += dataset.size;
    keys.set(dataset, (key = ++nextKey));
  }
  resident.set(key, { dataset: new WeakRef(dataset), shelf: new WeakRef(shelf), size: dataset.size });
  trim();
}

function release(dataset: Dataset): void {
  const key = keys.get(dataset);
  if (key !== undefined && resident.delete(key)) residentBytes -= dataset.size;
}

/** Prunes entries whose session is gone, then lets go of stored data while over budget. */
function trim(): void {
  for (const [key, entry] of resident) {
    const dataset = entry.dataset.deref();
    const shelf = entry.shelf.deref();
    if (!dataset || !shelf) {
      resident.delete(key);
      residentBytes -= entry.size;
    } else if (residentBytes > budget && shelf.letGo(dataset)) release(dataset);
  }
}

export class DataShelf {
  private readonly memory = new Map<string, Dataset>();
  private readonly orders = new Map<string, Uint32Array>();

  constructor(
    /** persisted with the session record */
    readonly stored: StoredIndex = {},
  ) {}

  /** A run drew this dataset: keep it (stored by the next sync, if it is new). */
  keep(dataset: Dataset): void {
    const had = this.memory.get(dataset.id);
    if (had) return touch(had, this);
    this.memory.set(dataset.id, dataset);
    touch(dataset, this);
  }

  /** The dataset if it is in memory (AppTest: always). */
  peek(id: string): Dataset | undefined {
    return this.memory.get(id);
  }

  /** The dataset, from memory or (after a wake) from storage; undefined for an id no element names. */
  async find(storage: ShelfStorage | null, id: string): Promise<Dataset | undefined> {
    const had = this.memory.get(id);
    if (had) {
      touch(had, this);
      return had;
    }
    if (!storage || !Object.hasOwn(this.stored, id)) return undefined;
    const dataset = fromJson(id, await readPieces(storage, pieceKeys(id, this.stored[id]!)));
    this.memory.set(id, dataset);
    touch(dataset, this);
    return dataset;
  }

  /** @internal the budget asks for memory back: true if this dataset was stored and is let go */
  letGo(dataset: Dataset): boolean {
    if (!Object.hasOwn(this.stored, dataset.id) || this.memory.get(dataset.id) !== dataset) return false;
    this.memory.delete(dataset.id);
    return true;
  }

  /** Row indices of the dataset in this sort order (computed once, then kept). */
  order(dataset: Dataset, sort: Sort): Uint32Array {
    const key = `${dataset.id}:${sort[0]}:${sort[1]}`;
    let order = this.orders.get(key);
    if (!order) {
      order = sortOrder(dataset, sort);
      if (this.orders.size >= MAX_ORDERS) this.orders.delete(this.orders.keys().next().value!);
      this.orders.set(key, order);
    }
    return order;
  }

  /**
   * After a run: store the datasets the tree names that are not stored yet, and forget (in
   * memory and storage) those it no longer names. Returns the pieces to delete once the
   * session record that no longer lists them is written — deleting first could leave a
   * record naming pieces that are gone.
   */
  async sync(storage: ShelfStorage | null, named: ReadonlySet<string>): Promise<string[]> {
    const writes: Record<string, string> = {};
    for (const [id, dataset] of this.memory) {
      if (!named.has(id)) {
        this.memory.delete(id);
        release(dataset);
        continue;
      }
      if (!storage || Object.hasOwn(this.stored, id)) continue;
      const pieces = toPieces(toJson(dataset));
      pieceKeys(id, pieces.length).forEach((k, i) => (writes[k] = pieces[i]!));
      this.stored[id] = pieces.length;
    }
    const drop: string[] = [];
    for (const id of Object.keys(this.stored)) {
      if (named.has(id)) continue;
      drop.push(...pieceKeys(id, this.stored[id]!));
      delete this.stored[id];
    }
    for (const key of this.orders.keys()) if (!named.has(key.slice(0, key.indexOf(":")))) this.orders.delete(key);
    if (storage) for (const batch of inBatches(Object.entries(writes))) await storage.put(Object.fromEntries(batch));
    trim(); // what was just stored may be let go now
    return drop;
  }
}

/** Every data id the tree's dataframes name. */
export function namedData(roots: readonly { k: string; p: Record<string, unknown>; c?: unknown[] }[]): Set<string> {
  const out = new Set<string>();
  const walk = (node: { k: string; p: Record<string, unknown>; c?: unknown[] }) => {
    if (node.k === "dataframe" && typeof node.p.data === "string") out.add(node.p.data);
    node.c?.forEach((child) => walk(child as typeof node));
  };
  roots.forEach(walk);
  return out;
}

function pieceKeys(id: string, pieces: number): string[] {
  return Array.from({ length: pieces }, (_, i) => `data:${id}:${i}`);
}
