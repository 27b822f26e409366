/**
 * The session's durable data in the Durable Object's SQLite storage: one record written
 * after a run, a burst's runs once per window (durable/write-behind.ts) — one row, one
 * statement, since the write is on the hot path of an interaction — read back when the
 * object wakes after hibernation, eviction or a deploy.
 * Values are structured clones, so session state may hold Date, Map, Set….
 *
 * The tree travels inside the record as JSON; a tree too large for one stored value (2 MB —
 * a page with a big chart) is stored beside it in pieces.
 */
import type { PageConfig, WireValue } from "../protocol/elements";
import { emptyTree, type Tree } from "../protocol/tree";
import type { Identity } from "../platform/identity";
import type { RequestContext } from "./connection";
import type { WidgetMeta } from "./st/context";
import type { StoredIndex } from "./data/shelf";
import { inBatches, PIECE_CHARS, readPieces, toPieces } from "./storage-limits";

export interface Persisted {
  /** the session id the browser holds */
  id: string;
  page: string;
  /** what the browsers have: sent whole on (re)connect, diffed against after each run */
  tree: Tree;
  config: PageConfig;
  run: number;
  widgets: Record<string, WireValue>;
  meta: Record<string, WidgetMeta>;
  state: Record<string, unknown>;
  /** epoch ms of the last run; the idle alarm counts from here */
  lastActive: number;
  /** the identity that created the session (its key), and the latest one verified for it */
  owner: string | null;
  identity: Identity | null;
  /** headers and cookies of the latest connection (st.context), secrets removed */
  context: RequestContext;
  /** the newest input whose values `tree` holds (protocol/input.ts) */
  ack: number;
  /** the newest input number received */
  seen: number;
  /** dataframe data stored beside the record (durable/data/shelf.ts): id → pieces */
  data: StoredIndex;
  /** the page's query parameters as the address bar shows them (no "?"; st.queryParams) */
  query: string;
}

/** The stored form: the tree as JSON, or the number of pieces it was split into. */
type Stored = Omit<Persisted, "tree"> & { tree?: string; treePieces?: number };

const RECORD = "session";

export function freshSession(page: string, config: PageConfig): Persisted {
  return {
    id: "",
    page,
    tree: emptyTree(),
    config,
    run: 0,
    widgets: {},
    meta: {},
    state: {},
    lastActive: Date.now(),
    owner: null,
    identity: null,
    context: { headers: {}, cookies: {} },
    ack: 0,
    seen: 0,
    data: {},
    query: "",
  };
}

/** The stored session (or `fresh`) and how many pieces its tree is stored in. */
export async function loadSession(storage: DurableObjectStorage, fresh: Persisted): Promise<{ data: Persisted; pieces: number }> {
  const stored = await storage.get<Stored>(RECORD);
  if (!stored) return { data: fresh, pieces: 0 };
  const { tree, treePieces = 0, ...rest } = stored;
  const json = treePieces > 0 ? await readPieces(storage, pieceKeys(0, treePieces)) : tree;
  return { data: { ...fresh, ...rest, tree: json ? (JSON.parse(json) as Tree) : fresh.tree }, pieces: treePieces };
}

/**
 * Saves the session in one put (atomic) together with `extra` entries (the run's audit
 * events); drops tree pieces a smaller tree no longer needs.
 */
export async function saveSession(
  storage: DurableObjectStorage,
  data: Persisted,
  previousPieces: number,
  extra: Record<string, unknown> = {},
): Promise<number> {
  const json = JSON.stringify(data.tree);
  // a tree that fits stays inside the record; a bigger one goes beside it in pieces
  const split = json.length > PIECE_CHARS ? toPieces(json) : [];
  const pieces = split.length;
  const record: Stored = { ...data, tree: pieces ? undefined : json, treePieces: pieces };
  const entries: Record<string, unknown> = { ...extra, [RECORD]: record };
  pieceKeys(0, pieces).forEach((key, i) => (entries[key] = split[i]));
  await storage.put(entries);
  if (previousPieces > pieces) await storage.delete(pieceKeys(pieces, previousPieces));
  return pieces;
}

/** Deletes the session's own data, its dataframes' data included (not its audit outbox). */
export async function deleteSession(storage: DurableObjectStorage, pieces: number): Promise<void> {
  await storage.delete([RECORD, ...pieceKeys(0, pieces)]);
  const data = [...(await storage.list({ prefix: "data:" })).keys()];
  for (const batch of inBatches(data)) await storage.delete(batch);
}

function pieceKeys(from: number, to: number): string[] {
  return Array.from({ length: to - from }, (_, i) => `tree:${from + i}`);
}
