/**
 * The session's durable data in the Durable Object's SQLite storage: written after every
 * run in one atomic `put`, read back when the object wakes (after hibernation, eviction
 * or a deploy). Values are structured clones, so session state may hold Date, Map, Set….
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

const KEYS = ["id", "page", "tree", "config", "run", "widgets", "meta", "state", "lastActive"] as const;

export function freshSession(page: string, config: PageConfig): Persisted {
  return { id: "", page, tree: emptyTree(), config, run: 0, widgets: {}, meta: {}, state: {}, lastActive: Date.now() };
}

export async function loadSession(storage: DurableObjectStorage, fresh: Persisted): Promise<Persisted> {
  const found = await storage.get<unknown>([...KEYS]);
  if (found.size === 0) return fresh;
  const out = { ...fresh } as Record<string, unknown>;
  for (const [k, v] of found) out[k] = v;
  return out as unknown as Persisted;
}

export async function saveSession(storage: DurableObjectStorage, data: Persisted): Promise<void> {
  await storage.put(Object.fromEntries(KEYS.map((k) => [k, data[k]])));
}
