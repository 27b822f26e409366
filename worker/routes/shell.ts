/**
 * The HTML shell every page path serves: it loads the client module, which connects and
 * paints. Its favicon is the page's icon from the first byte (no /favicon.ico request).
 * Security headers for every response are set by create-worker.ts.
 */
import type { PageInfo } from "../../protocol/elements";
import { DEV_BUILD_META } from "../../protocol/dev-build";
import { faviconHref } from "../../protocol/favicon";

/** `devBuild`: under `npm run dev`, tell the client to show compile errors (routes/dev-build.ts). */
export function shellHtml(page: PageInfo, opts: { devBuild?: boolean } = {}): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)}</title>
<link rel="icon" href="${escapeHtml(faviconHref(page.icon))}">
${opts.devBuild ? `<meta name="${DEV_BUILD_META}" content="1">\n` : ""}<link rel="stylesheet" href="/client/styles.css">
<script type="module" src="/client/main.js"></script>
</head>
<body><div id="app" class="el-connecting"></div></body>
</html>
`;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
