/**
 * The session's durable data in the Durable Object's SQLite storage: written after every
 * run in one atomic `put`, read back when the object wakes (after hibernation, eviction
 * or a deploy). Values are structured clones, so session state may hold Date, Map, Set….
 *
 * The tree is stored as JSON in pieces: a page with a large chart can outgrow the 2 MB a
 * single stored value may hold.
 */
import type { PageConfig, WireValue } from "../protocol/elements";
import { emptyTree, type Tree } from "../protocol/tree";
import type { WidgetMeta } from "./st/context";

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
}

const KEYS = ["id", "page", "config", "run", "widgets", "meta", "state", "lastActive"] as const;
/** characters per stored piece of the tree's JSON: at most 3 bytes each in UTF-8, under 2 MB */
const PIECE = 600_000;
const PIECES = "treePieces";

export function freshSession(page: string, config: PageConfig): Persisted {
  return { id: "", page, tree: emptyTree(), config, run: 0, widgets: {}, meta: {}, state: {}, lastActive: Date.now() };
}

/** The stored session (or `fresh`) and how many pieces its tree is stored in. */
export async function loadSession(storage: DurableObjectStorage, fresh: Persisted): Promise<{ data: Persisted; pieces: number }> {
  const found = await storage.get<unknown>([...KEYS, PIECES]);
  if (found.size === 0) return { data: fresh, pieces: 0 };
  const out = { ...fresh } as Record<string, unknown>;
  for (const [k, v] of found) if (k !== PIECES) out[k] = v;
  const count = (found.get(PIECES) as number | undefined) ?? 0;
  if (count > 0) {
    const pieces = await storage.get<string>(pieceKeys(0, count));
    out.tree = JSON.parse(pieceKeys(0, count).map((k) => pieces.get(k) ?? "").join("")) as Tree;
  }
  return { data: out as unknown as Persisted, pieces: count };
}

/** Saves everything in one put (atomic); drops tree pieces a smaller tree no longer needs. */
export async function saveSession(storage: DurableObjectStorage, data: Persisted, previousPieces: number): Promise<number> {
  const json = JSON.stringify(data.tree);
  const count = Math.max(1, Math.ceil(json.length / PIECE));
  const entries: Record<string, unknown> = Object.fromEntries(KEYS.map((k) => [k, data[k]]));
  pieceKeys(0, count).forEach((key, i) => (entries[key] = json.slice(i * PIECE, (i + 1) * PIECE)));
  entries[PIECES] = count;
  await storage.put(entries);
  if (previousPieces > count) await storage.delete(pieceKeys(count, previousPieces));
  return count;
}

function pieceKeys(from: number, to: number): string[] {
  return Array.from({ length: to - from }, (_, i) => `tree:${from + i}`);
}
