/**
 * The HTML shell every page path serves: it loads the client module, which connects and
 * paints. Security headers: a CSP allowing only our own scripts (no inline script, no
 * eval), no framing, nosniff, and a strict referrer policy.
 */
import type { PageInfo } from "../../protocol/elements";

export const SECURITY_HEADERS: Record<string, string> = {
  "Content-Security-Policy":
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "strict-origin-when-cross-origin",
};

export function shellHtml(page: PageInfo): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)}</title>
<link rel="stylesheet" href="/client/styles.css">
<script type="module" src="/client/main.js"></script>
</head>
<body><div id="app" class="el-connecting"></div></body>
</html>
`;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
