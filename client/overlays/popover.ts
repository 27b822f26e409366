/**
 * st.popover: a button that opens a floating panel holding the popover's elements. The
 * panel's content stays in the page while closed (hidden), so a draft being typed is
 * committed on blur, not lost. Escape closes it and gives focus back to the button; a press
 * outside closes it; opening moves focus to the panel's first control.
 */
import type { ComponentChildren } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import type { BlockProps } from "../../protocol/elements";
import { html } from "../view/html";
import { firstFocusable } from "./focus";

let panels = 0;

/** `children`: the popover's elements, rendered by the page's own renderer (this chunk imports none of it). */
export function Popover({ props, children }: { props: BlockProps["popover"]; children: ComponentChildren }) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const id = useRef(`el-popover-${++panels}`).current;

  useEffect(() => {
    if (!open) return;
    (firstFocusable(panel.current!) ?? panel.current!).focus();
    const outside = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as globalThis.Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", outside, true);
    return () => document.removeEventListener("pointerdown", outside, true);
  }, [open]);
  // A popover that became disabled closes.
  if (open && props.disabled) setOpen(false);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== "Escape" || !open) return;
    e.stopPropagation();
    setOpen(false);
    button.current?.focus();
  };
  return html`<div class=${props.wide ? "el-popover el-popover-wide" : "el-popover"} ref=${root} onKeyDown=${onKeyDown} data-testid="stPopover">
    <button
      type="button"
      class="el-btn el-btn-secondary el-popover-button"
      ref=${button}
      title=${props.help}
      disabled=${props.disabled}
      aria-haspopup="dialog"
      aria-expanded=${open ? "true" : "false"}
      aria-controls=${id}
      onClick=${() => setOpen(!open)}
    >
      <span>${props.label}</span><span class="el-popover-chevron" aria-hidden="true">${open ? "▴" : "▾"}</span>
    </button>
    <div class="el-popover-panel el-stack" id=${id} role="dialog" aria-label=${props.label} tabindex="-1" ref=${panel} hidden=${!open} data-testid="stPopoverBody">
      ${children}
    </div>
  </div>`;
}
