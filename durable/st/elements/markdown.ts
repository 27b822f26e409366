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
 * every session; the output depends only on the source and the options). Bounded by size as
 * well as by count — the isolate's memory is every session's — and a text too big to be
 * worth a share of it is rendered each time instead.
 */
const cache = new Map<string, string>();
const CACHE_ENTRIES = 1000;
/** characters of source and HTML the cache holds at most (about 8 MB as UTF-16) */
const CACHE_CHARS = 4_000_000;
const LARGEST_CACHED = CACHE_CHARS / 16;
let cachedChars = 0;

/** @internal for tests: entries and characters the cache holds */
export function markdownCacheSize(): { entries: number; chars: number } {
  return { entries: cache.size, chars: cachedChars };
}

function cached(key: string, render: () => string): string {
  let html = cache.get(key);
  if (html === undefined) {
    html = render();
    const chars = key.length + html.length;
    if (chars > LARGEST_CACHED) return html;
    while (cache.size >= CACHE_ENTRIES || (cache.size > 0 && cachedChars + chars > CACHE_CHARS)) {
      const [oldKey, oldHtml] = cache.entries().next().value!;
      cache.delete(oldKey);
      cachedChars -= oldKey.length + oldHtml.length;
    }
    cache.set(key, html);
    cachedChars += chars;
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
