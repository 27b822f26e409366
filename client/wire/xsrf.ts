/**
 * The XSRF token the shell set as the `edgelit_xsrf` cookie (worker/xsrf-cookie.ts), to
 * send back in `X-Edgelit-Xsrf` with every state-changing HTTP request (uploads).
 */
export const XSRF_HEADER = "X-Edgelit-Xsrf";

export function xsrfToken(): string {
  const found = document.cookie.split("; ").find((c) => c.startsWith("edgelit_xsrf="));
  return found ? decodeURIComponent(found.slice("edgelit_xsrf=".length)) : "";
}
