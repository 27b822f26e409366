/**
 * st.dialog: a native modal <dialog> (the rest of the page is inert while it is open, so
 * focus stays inside). Opened and closed by the page (its `value`); the person closes a
 * dismissible one with Escape, the × button or a press on the backdrop, which sends `false`
 * — the dialog closes at once, and the server runs only its fragment. Focus moves to its
 * first control on open and back to what had it (the opener) on close.
 */
import type { ComponentChildren } from "preact";
import { useEffect, useLayoutEffect, useRef } from "preact/hooks";
import type { BlockProps } from "../../protocol/elements";
import { html } from "../view/html";
import { firstFocusable } from "./focus";

let dialogs = 0;

export interface DialogViewProps {
  props: BlockProps["dialog"];
  /** open as the browser shows it (the page's value, or the person's close) */
  open: boolean;
  /** the person closes it: send `false` */
  onDismiss: () => void;
  /** how many elements its body has (focus moves to the first control when they arrive) */
  count: number;
  /** the body's elements, rendered by the page's own renderer (this chunk imports none of it) */
  children: ComponentChildren;
}

export function Dialog({ props, open, onDismiss, count, children }: DialogViewProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const pressedOn = useRef<EventTarget | null>(null);
  const titleId = useRef(`el-dialog-${++dialogs}`).current;

  const restore = () => {
    const back = opener.current;
    opener.current = null;
    if (back?.isConnected) back.focus();
  };
  useLayoutEffect(() => {
    const d = ref.current!;
    if (open && !d.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      d.showModal();
      (firstFocusable(d.querySelector(".el-dialog-body")!) ?? d.querySelector<HTMLElement>(".el-dialog-close") ?? d).focus();
    } else if (!open && d.open) {
      d.close();
      restore();
    }
  }, [open]);
  // A body drawn after the dialog opened (its first run) gets the focus if nothing inside has it.
  useEffect(() => {
    const d = ref.current!;
    if (open && d.open && !d.querySelector(".el-dialog-body")?.contains(document.activeElement)) {
      const first = firstFocusable(d.querySelector(".el-dialog-body")!);
      if (first && document.activeElement === d.querySelector(".el-dialog-close")) first.focus();
    }
  }, [count]);
  useEffect(() => () => restore(), []);

  const dismiss = () => {
    if (props.dismissible && open) onDismiss();
  };
  return html`<dialog
    ref=${ref}
    class=${`el-dialog el-dialog-${props.width}`}
    aria-labelledby=${titleId}
    data-testid="stDialog"
    onCancel=${(e: Event) => {
      // Escape: the dialog closes when its value does (never on its own)
      e.preventDefault();
      dismiss();
    }}
    onClose=${() => {
      // closed by the browser itself while the page says open (a forced Escape): open again
      if (open && !props.dismissible) ref.current?.showModal();
      else if (open) onDismiss();
    }}
    onPointerDown=${(e: PointerEvent) => (pressedOn.current = e.target)}
    onClick=${(e: MouseEvent) => {
      // a press and release on the backdrop (the dialog element itself, outside its box)
      if (e.target === ref.current && pressedOn.current === ref.current) dismiss();
    }}
  >
    <div class="el-dialog-box">
      <div class="el-dialog-head">
        <h2 id=${titleId} class="el-dialog-title">${props.label}</h2>
        ${props.dismissible ? html`<button type="button" class="el-dialog-close" aria-label="Close" onClick=${dismiss}>×</button>` : null}
      </div>
      <div class="el-dialog-body el-stack">${children}</div>
    </div>
  </dialog>`;
}
