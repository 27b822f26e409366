/**
 * Widget identity (Streamlit's compute_and_register_element_id): a widget is the same
 * widget across runs when its kind, label, identity parameters, page, form and root
 * container are the same — or, when the author gives a `key`, when kind, key and page are
 * (and, for a kind whose parameters are its identity whatever the key — the data editor's
 * data, as Streamlit's key_as_main_identity=False — its parameters too).
 */
import type { Scope } from "../target";

export interface IdentityInput {
  kind: string;
  label: string;
  /** parameters that make it a different widget when they change (options, bounds…) */
  params: readonly unknown[];
  page: string;
  scope: Scope;
  key?: string;
  /** the parameters count even when a key is given */
  paramsWithKey?: boolean;
}

export function widgetId(w: IdentityInput): string {
  const parts =
    w.key !== undefined
      ? ["key", w.kind, w.page, w.key, ...(w.paramsWithKey ? [w.params] : [])]
      : ["auto", w.kind, w.page, w.scope.root, w.scope.form ?? "", w.label, w.params];
  return `w${hash53(JSON.stringify(parts)).toString(36)}`;
}

/** cyrb53: a fast, well-mixed 53-bit string hash (sync; crypto.subtle is async). */
export function hash53(str: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
