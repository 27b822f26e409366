/**
 * The app's own messages, outside the page's output: the connection banner, the running
 * indicator, and the notice shown when the server refused something the browser sent.
 */
import type { State } from "../state/store";
import { html } from "./html";

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

/** Local development runs without Cloudflare Access: say so, and as whom. */
export function DevIdentity({ who }: { who: State["who"] }) {
  if (who?.kind !== "dev") return null;
  return html`<div class="el-dev-identity" role="note">Local development — Cloudflare Access is off; you are ${who.email}</div>`;
}

export function Notice({ text, onDismiss }: { text: string | null; onDismiss(): void }) {
  if (!text) return null;
  return html`<div class="el-notice" role="alert">
    <span>${text}</span>
    <button type="button" class="el-notice-close" aria-label="Dismiss" onClick=${onDismiss}>×</button>
  </div>`;
}

/** A save that does not compile (npm run dev): what esbuild said, over the last good page. */
export function BuildError({ text }: { text: string | null }) {
  if (!text) return null;
  return html`<div class="el-build-error el-exception-box" role="alert">
    <div class="el-exception-line">The app does not compile — the page below is the last version that did. Fix it and save:</div>
    <pre class="el-pre">${text}</pre>
  </div>`;
}
