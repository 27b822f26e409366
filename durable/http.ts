/**
 * The session object's HTTP routes (its WebSocket is session-core's connect): uploads and
 * media. The Worker forwards these with the identity it verified; the session checks the
 * identity is its owner's.
 */
import { discardBody } from "./files/upload";
import type { SessionCore } from "./session-core";

const UPLOAD = /^\/_stcore\/upload\/[0-9a-f]+\/([A-Za-z0-9_-]{1,64})$/;
const MEDIA = /^\/_stcore\/media\/[0-9a-f]+\/([0-9a-f]{32,64})$/;

export async function routeHttp(core: SessionCore, request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  const upload = UPLOAD.exec(pathname);
  if (upload && request.method === "POST") return core.upload(request, upload[1]!);
  const media = MEDIA.exec(pathname);
  if (media && (request.method === "GET" || request.method === "HEAD")) return core.media(request, media[1]!);
  await discardBody(request);
  return new Response("A session answers its WebSocket, uploads and media only.", { status: upload || media ? 405 : 404 });
}
