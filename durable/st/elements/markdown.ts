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

export function markdownToHtml(source: string, opts: MarkdownOptions = {}): string {
  return (opts.allowHtml ? unsafe : safe).render(source);
}

/** One line of inline markdown (labels, captions of alerts), without a wrapping <p>. */
export function inlineMarkdownToHtml(source: string, opts: MarkdownOptions = {}): string {
  return (opts.allowHtml ? unsafe : safe).renderInline(source);
}
