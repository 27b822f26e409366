/**
 * One file to the session (POST /_stcore/upload/<session>/<widget>): the raw bytes, the
 * name in a header, the XSRF token. XMLHttpRequest, because fetch reports no upload progress.
 */
import { sessionId } from "./session-id";
import { XSRF_HEADER, xsrfToken } from "./xsrf";

export interface Uploaded {
  id: string;
  name: string;
  size: number;
}

/** Uploads `file`; rejects with the server's message when it is refused. */
export function uploadFile(widget: string, file: File, onProgress: (loaded: number, total: number) => void): Promise<Uploaded> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/_stcore/upload/${sessionId()}/${widget}`);
    xhr.setRequestHeader(XSRF_HEADER, xsrfToken());
    xhr.setRequestHeader("X-Edgelit-File-Name", encodeURIComponent(file.name));
    xhr.setRequestHeader("Content-Type", file.type || "application/octet-stream");
    xhr.upload.onprogress = (e) => onProgress(e.loaded, e.total || file.size);
    xhr.onload = () => {
      let body: { id?: string; error?: string } = {};
      try {
        body = JSON.parse(xhr.responseText) as typeof body;
      } catch {
        // a refusal from before the session (XSRF, access) is plain text
      }
      if (xhr.status === 200 && body.id) resolve({ id: body.id, name: file.name, size: file.size });
      else reject(new Error(body.error ?? (xhr.responseText.slice(0, 200) || `Upload failed (${xhr.status}).`)));
    };
    xhr.onerror = () => reject(new Error("Upload failed: the connection was lost."));
    xhr.send(file);
  });
}
