/**
 * What the page config sets outside the app root: the document title (config title, else
 * the current page's title) and the favicon (an emoji drawn in an SVG data URL, which the
 * CSP's `img-src data:` allows).
 */
import type { State } from "./store";

let shownIcon: string | undefined;

export function applyHead(state: State): void {
  const title = state.config.title ?? state.pages.find((p) => p.path === state.page)?.title;
  if (title && document.title !== title) document.title = title;

  const icon = state.config.icon;
  if (icon === shownIcon) return;
  shownIcon = icon;
  let link = document.querySelector<HTMLLinkElement>('link[rel="icon"]');
  if (!icon) return link?.remove();
  if (!link) {
    link = document.createElement("link");
    link.rel = "icon";
    document.head.append(link);
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><text y=".9em" font-size="90">${escapeXml(icon)}</text></svg>`;
  link.href = `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
