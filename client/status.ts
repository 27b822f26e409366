/**
 * The app's own messages, outside the page's output: the connection banner, the running
 * indicator, and the notice shown when the server refused something the browser sent.
 */
import { html } from "./html";
import type { State } from "./store";

export function ConnectionBanner({ state }: { state: State }) {
  if (state.conn === "open") return null;
  const text = state.refused
    ? `The server refused the connection: ${state.refused} — retrying…`
    : state.conn === "lost"
      ? "Connection lost — reconnecting…"
      : "Connecting…";
  return html`<div class="el-banner" role="status">${text}</div>`;
}

export function RunningIndicator({ running }: { running: boolean }) {
  return running ? html`<div class="el-running-indicator" role="status"><span class="el-ring" aria-hidden="true"></span>Running…</div>` : null;
}

export function Notice({ text, onDismiss }: { text: string | null; onDismiss(): void }) {
  if (!text) return null;
  return html`<div class="el-notice" role="alert">
    <span>${text}</span>
    <button type="button" class="el-notice-close" aria-label="Dismiss" onClick=${onDismiss}>×</button>
  </div>`;
}
