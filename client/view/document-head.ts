/**
 * What the page config sets outside the app root: the document title (config title, else
 * the current page's title) and the favicon (an emoji drawn in an SVG data URL, which the
 * CSP's `img-src data:` allows).
 */
import { faviconHref } from "../../protocol/favicon";
import type { State } from "../state/store";

let shownIcon: string | undefined;

export function applyHead(state: State): void {
  const title = state.config.title ?? state.pages.find((p) => p.path === state.page)?.title;
  if (title && document.title !== title) document.title = title;

  const icon = state.config.icon ?? state.pages.find((p) => p.path === state.page)?.icon ?? "";
  if (icon === shownIcon) return;
  shownIcon = icon;
  let link = document.querySelector<HTMLLinkElement>('link[rel="icon"]');
  if (!link) {
    link = document.createElement("link");
    link.rel = "icon";
    document.head.append(link);
  }
  link.href = faviconHref(icon || undefined);
}
