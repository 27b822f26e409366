/**
 * The page's icon as a favicon: an emoji drawn in an SVG data URL (the CSP's `img-src data:`
 * allows it), or edgelit's own mark. The HTML shell puts it in the first byte, so the
 * browser never asks for /favicon.ico; the client keeps it in step with navigation and
 * `setPageConfig`. Pure code, shared by both sides.
 */
const DEFAULT_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><rect width="100" height="100" rx="22" fill="#ff4b4b"/>' +
  '<path d="M28 30h44v10H40v10h28v10H40v10h32v10H28z" fill="#fff"/></svg>';

export function faviconSvg(icon?: string): string {
  if (!icon) return DEFAULT_SVG;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><text y=".9em" font-size="90">${escapeXml(icon)}</text></svg>`;
}

export function faviconHref(icon?: string): string {
  return `data:image/svg+xml,${encodeURIComponent(faviconSvg(icon))}`;
}

function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
