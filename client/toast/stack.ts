/**
 * st.toast: notifications stacked at the top right, newest first, outside the page's tree.
 * Each goes away after its time (the timer waits while the pointer is over it or it holds
 * focus, so it can be read and closed), or with its Close button. A long one is clamped
 * to three lines with "view more". role=status: screen readers announce it politely.
 */
import { useEffect, useState } from "preact/hooks";
import type { ToastEntry } from "../state/store";
import { html } from "../view/html";

/** Streamlit shortens a toast past this many characters. */
const SHORT_CHARS = 104;

function ToastItem({ toast, close }: { toast: ToastEntry; close(): void }) {
  const [held, setHeld] = useState(false);
  const [expanded, setExpanded] = useState(false);
  useEffect(() => {
    if (toast.ms === null || held) return;
    const timer = setTimeout(close, toast.ms);
    return () => clearTimeout(timer);
  }, [toast.seq, toast.ms, held]);
  const long = toast.chars > SHORT_CHARS;
  return html`<div
    class="el-toast"
    role="status"
    aria-live="polite"
    onMouseEnter=${() => setHeld(true)}
    onMouseLeave=${() => setHeld(false)}
    onFocusIn=${() => setHeld(true)}
    onFocusOut=${() => setHeld(false)}
  >
    ${toast.icon && html`<span class="el-toast-icon" aria-hidden="true">${toast.icon}</span>`}
    <div class="el-toast-body">
      <div class=${`el-markdown${long && !expanded ? " el-toast-clamp" : ""}`} dangerouslySetInnerHTML=${{ __html: toast.html }} />
      ${long &&
      html`<button type="button" class="el-toast-more" aria-expanded=${expanded} onClick=${() => setExpanded(!expanded)}>
        ${expanded ? "view less" : "view more"}
      </button>`}
    </div>
    <button type="button" class="el-toast-close" aria-label="Close" onClick=${close}>×</button>
  </div>`;
}

export function ToastStack({ toasts, close }: { toasts: readonly ToastEntry[]; close(id: string): void }) {
  if (toasts.length === 0) return null;
  return html`<div class="el-toasts">
    ${[...toasts].reverse().map((t) => html`<${ToastItem} key=${t.id} toast=${t} close=${() => close(t.id)} />`)}
  </div>`;
}
