/**
 * After a run: delete the uploads no widget holds any more and the media no element of the
 * browser's tree names (durable/files/store.ts says when each goes).
 */
import type { Node } from "../../protocol/tree";
import type { RunDeps } from "./types";

export async function collectFiles({ session, stores }: RunDeps): Promise<void> {
  const inUse = new Set<string>();
  const walk = (node: Node) => {
    if (typeof node.p.media === "string") inUse.add(node.p.media);
    node.c?.forEach(walk);
  };
  session.tree.roots.forEach(walk);
  await stores.files.collect(stores.widgets, (widget) => Object.hasOwn(stores.meta, widget), inUse);
}
