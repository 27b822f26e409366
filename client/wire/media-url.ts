/** Where the session serves its stored bytes (durable/files/serve.ts): downloads, images, uploads. */
import { sessionId } from "./session-id";

export function mediaUrl(ref: string, downloadName?: string): string {
  return `/_stcore/media/${sessionId()}/${ref}${downloadName !== undefined ? `?name=${encodeURIComponent(downloadName)}` : ""}`;
}
