/**
 * Markdown → HTML in the Durable Object, with markdown-it: raw HTML in the source is
 * escaped (html: false) and markdown-it's link validator drops javascript:/vbscript:/data:
 * URLs, so author or user text cannot inject script. `allowHtml` is the explicit opt-out
 * (Streamlit's unsafe_allow_html). Rendering here keeps a markdown parser out of the client.
 */
import MarkdownIt from "markdown-it";

const safe = new MarkdownIt({ html: false, linkify: true, typographer: false });
const unsafe = new MarkdownIt({ html: true, linkify: true, typographer: false });

for (const md of [safe, unsafe]) {
  // Links open in a new tab without giving the target page a handle on ours.
  const base = md.renderer.rules.link_open ?? ((t, i, o, _e, self) => self.renderToken(t, i, o));
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    tokens[idx]!.attrSet("target", "_blank");
    tokens[idx]!.attrSet("rel", "noopener noreferrer");
    return base(tokens, idx, options, env, self);
  };
}

export interface MarkdownOptions {
  /** render raw HTML in the source instead of escaping it — only for trusted text */
  allowHtml?: boolean;
}

/**
 * Pages render the same text run after run: keep recent results (per isolate, shared by
 * every session; the output depends only on the source and the options).
 */
const cache = new Map<string, string>();
const CACHE_ENTRIES = 1000;

function cached(key: string, render: () => string): string {
  let html = cache.get(key);
  if (html === undefined) {
    html = render();
    if (cache.size >= CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
    cache.set(key, html);
  }
  return html;
}

export function markdownToHtml(source: string, opts: MarkdownOptions = {}): string {
  const md = opts.allowHtml ? unsafe : safe;
  return cached(`${opts.allowHtml ? "u" : "s"}b${source}`, () => md.render(source));
}

/** One line of inline markdown (labels, captions of alerts), without a wrapping <p>. */
export function inlineMarkdownToHtml(source: string, opts: MarkdownOptions = {}): string {
  const md = opts.allowHtml ? unsafe : safe;
  return cached(`${opts.allowHtml ? "u" : "s"}i${source}`, () => md.renderInline(source));
}
