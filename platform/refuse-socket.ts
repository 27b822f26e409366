/**
 * A refused WebSocket upgrade still completes (101), sends an error frame and closes with
 * 1008, so the browser can show why — a plain 4xx on an upgrade is invisible to page scripts.
 */
import { CLOSE, type ErrorCode, type ServerMsg } from "../protocol/messages";

export function refuseSocket(code: ErrorCode, message: string): Response {
  const { 0: client, 1: server } = new WebSocketPair();
  server.accept();
  server.send(JSON.stringify({ t: "error", code, message } satisfies ServerMsg));
  server.close(CLOSE.refused, truncateUtf8(message, 120));
  return new Response(null, { status: 101, webSocket: client });
}

/** Close reasons may hold at most 123 UTF-8 bytes. */
function truncateUtf8(text: string, bytes: number): string {
  const encoded = new TextEncoder().encode(text);
  if (encoded.length <= bytes) return text;
  return new TextDecoder().decode(encoded.slice(0, bytes)).replace(/\uFFFD$/, "");
}
