/**
 * Media a run makes (download data, image bytes): each element is placed at once with its
 * props, and the bytes — which may come from an async function — are settled when the page
 * body ends: hashed (SHA-256 of type and content), stored unless already stored, and the
 * hash set in the element's props before the run's diff goes out. The node is replaced, not
 * changed in place: a partial frame may already have shared its props with the server's
 * copy of the browser's tree, and the diff caches each node's signature by node object —
 * a node whose props changed under it would look unchanged, and the link would never go out.
 */
import { nodeAt, type Path, type Tree } from "../../protocol/tree";
import { AuthorError } from "../st/errors";
import type { SessionFiles } from "./store";

export type MediaData = string | Uint8Array | ArrayBuffer;

interface Pending {
  /** where the element was placed, and the props it was placed with */
  path: Path;
  props: Record<string, unknown>;
  data: MediaData | Promise<MediaData>;
  /** the type, or a function of the bytes (an image's is sniffed) */
  mime: string | ((bytes: Uint8Array) => string);
  what: string;
}

export class RunMedia {
  private readonly pending: Pending[] = [];

  constructor(
    private readonly files: SessionFiles,
    private readonly tree: Tree,
  ) {}

  add(p: Pending): void {
    this.pending.push(p);
  }

  /** there are bytes to settle (settling awaits them, their hash and their storage) */
  get waiting(): boolean {
    return this.pending.length > 0;
  }

  /** Resolves every pending item; the first failure is thrown (the page's error), after the rest settle. */
  async settle(): Promise<void> {
    const items = this.pending.splice(0);
    let failure: unknown;
    for (const item of items) {
      try {
        const bytes = toBytes(await item.data, item.what);
        const mime = typeof item.mime === "string" ? item.mime : item.mime(bytes);
        const hash = await mediaHash(mime, bytes);
        await this.files.putMedia(hash, bytes, mime);
        placeMedia(this.tree, item, hash, bytes.length);
      } catch (error) {
        failure ??= error;
      }
    }
    if (failure !== undefined) throw failure;
  }
}

/** Swaps in a new node with the media named, if the run's element at `path` is still the one placed. */
function placeMedia(tree: Tree, item: Pending, hash: string, size: number): void {
  const parent = nodeAt(tree, item.path.slice(0, -1));
  const i = item.path[item.path.length - 1]!;
  const node = parent?.c?.[i];
  if (node?.p !== item.props) return;
  parent!.c![i] = { ...node, p: { ...item.props, media: hash, size } };
}

export function toBytes(data: MediaData, what: string): Uint8Array {
  if (typeof data === "string") return new TextEncoder().encode(data);
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  throw new AuthorError(`${what}: data must be a string, a Uint8Array or an ArrayBuffer (got ${data === null ? "null" : typeof data}).`);
}

async function mediaHash(mime: string, bytes: Uint8Array): Promise<string> {
  const prefix = new TextEncoder().encode(`${mime}\0`);
  const all = new Uint8Array(prefix.length + bytes.length);
  all.set(prefix);
  all.set(bytes, prefix.length);
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", all));
  return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
}
