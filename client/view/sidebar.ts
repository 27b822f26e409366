/**
 * The sidebar: page navigation and the sidebar root's output, collapsible. Whether it
 * starts open follows the page config (auto: open on screens ≥ 768 px); after that the
 * user's choice holds until the config's sidebar setting changes — except on a narrow
 * screen, where it covers the page: there it closes, as Streamlit's does, when the window
 * is narrowed and when the person presses anywhere outside it. When closed it stays in the
 * DOM, hidden, so its widgets keep their drafts and its expanders their state.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import type { PageConfig, PageInfo } from "../../protocol/elements";
import type { Node } from "../../protocol/tree";
import { html } from "./html";
import { PageLinks } from "./page-links";
import { RenderNode } from "./render-node";

interface Props {
  root: Node;
  mode: PageConfig["sidebar"];
  pages: PageInfo[];
  current: string;
  navigate(path: string): void;
}

const wide = () => matchMedia("(min-width: 768px)").matches;
const initiallyOpen = (mode: PageConfig["sidebar"]) => mode === "expanded" || (mode === "auto" && wide());

export function Sidebar(p: Props) {
  const [open, setOpen] = useState(() => initiallyOpen(p.mode));
  const mode = useRef(p.mode);
  useEffect(() => {
    if (mode.current === p.mode) return;
    mode.current = p.mode;
    setOpen(initiallyOpen(p.mode));
  }, [p.mode]);

  const aside = useRef<HTMLElement>(null);
  useEffect(() => {
    // Only a narrowing closes it: a phone's keyboard opening changes the height, not the width.
    let lastWidth = innerWidth;
    const onResize = () => {
      if (innerWidth < lastWidth && !wide()) setOpen(false);
      lastWidth = innerWidth;
    };
    // mousedown, not pointerdown: a touch that starts a scroll of the page sends no mousedown.
    const onMouseDown = (e: MouseEvent) => {
      if (!wide() && !aside.current?.contains(e.target as globalThis.Node)) setOpen(false);
    };
    addEventListener("resize", onResize);
    document.addEventListener("mousedown", onMouseDown);
    return () => {
      removeEventListener("resize", onResize);
      document.removeEventListener("mousedown", onMouseDown);
    };
  }, []);

  return html`
    <aside id="el-sidebar" class="el-sidebar" ref=${aside} aria-label="Sidebar" hidden=${!open}>
      <button
        type="button"
        class="el-sidebar-toggle el-sidebar-close"
        aria-label="Close sidebar"
        aria-expanded="true"
        aria-controls="el-sidebar"
        onClick=${() => setOpen(false)}
      >×</button>
      ${p.pages.length > 1 && html`<${PageLinks} pages=${p.pages} current=${p.current} navigate=${p.navigate} />`}
      <${RenderNode} node=${p.root} />
    </aside>
    ${!open &&
    html`<button
      type="button"
      class="el-sidebar-toggle el-sidebar-open"
      aria-label="Open sidebar"
      aria-expanded="false"
      aria-controls="el-sidebar"
      onClick=${() => setOpen(true)}
    >›</button>`}
  `;
}
