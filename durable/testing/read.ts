/**
 * Reading what a page drew, for AppTest: the tree in order (main area, then sidebar), each
 * element with the value a person reads off it — text as shown, markdown without its tags,
 * a widget's value as the page receives it (an option rather than its index).
 */
import type { AlertKind } from "../../protocol/elements";
import type { Node, Tree } from "../../protocol/tree";

export interface ElementView {
  kind: string;
  /** what a person reads: the text, or a widget's current value */
  value: unknown;
  /** the element's props as the browser gets them */
  node: Node;
}

export function flatten(tree: Tree): ElementView[] {
  const out: ElementView[] = [];
  const walk = (node: Node) => {
    out.push({ kind: node.k, value: readValue(node), node });
    node.c?.forEach(walk);
  };
  tree.roots.forEach((root) => root.c?.forEach(walk));
  return out;
}

export function alertsOf(elements: ElementView[], kind: AlertKind): ElementView[] {
  return elements.filter((e) => e.kind === "alert" && e.node.p.kind === kind);
}

/** Markdown is rendered to HTML in the session object; a reader wants its text. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, "")
    .replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: "<", gt: ">", quot: '"', "#39": "'", amp: "&" })[e]!)
    .trim();
}

/**
 * A widget's wire value as the page sees it: radios, selectboxes and select sliders send an
 * index, multiselects and select-slider ranges a list of them.
 */
export function decoded(node: Node): unknown {
  const { value, options } = node.p as { value?: unknown; options?: string[] };
  if (!Array.isArray(options)) return value;
  if (typeof value === "number") return options[value];
  if (Array.isArray(value)) return value.map((i) => options[i as number]);
  return value;
}

function readValue(node: Node): unknown {
  const p = node.p as Record<string, unknown>;
  if (typeof p.text === "string") return p.text;
  if (typeof p.html === "string") return textOf(p.html);
  if (node.k === "exception") return `${p.name}: ${p.message}`;
  if (node.k === "metric") return p.value;
  if (node.k === "code") return p.code;
  if ("value" in p) return decoded(node);
  return p.label ?? null;
}
