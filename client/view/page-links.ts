/** The pages of a multipage app, as links in the sidebar; the current one is marked. */
import type { PageInfo } from "../../protocol/elements";
import { html } from "./html";

export function PageLinks(p: { pages: PageInfo[]; current: string; navigate(path: string): void }) {
  const onClick = (e: MouseEvent, path: string) => {
    // Let the browser open new tabs and windows as usual.
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    p.navigate(path);
  };
  return html`<nav class="el-nav" aria-label="Pages">
    <ul>
      ${p.pages.map(
        (page) => html`<li key=${page.path}>
          <a
            href=${page.path}
            aria-current=${page.path === p.current ? "page" : undefined}
            onClick=${(e: MouseEvent) => onClick(e, page.path)}
          >${page.icon && html`<span class="el-nav-icon" aria-hidden="true">${page.icon}</span>`}${page.title}</a>
        </li>`,
      )}
    </ul>
  </nav>`;
}
