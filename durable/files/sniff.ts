/**
 * What a file is by its content, not its name: magic bytes for the binary formats an
 * uploader is commonly limited to, and "valid UTF-8 without NUL bytes" for text formats —
 * so a PNG renamed to data.csv is refused by a `type: ["csv"]` uploader.
 */

type Binary = "png" | "jpeg" | "gif" | "webp" | "bmp" | "pdf" | "zip" | "gzip";
export type ContentKind = Binary | "text";

const MIME: Record<Binary, string> = {
  png: "image/png",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  bmp: "image/bmp",
  pdf: "application/pdf",
  zip: "application/zip",
  gzip: "application/gzip",
};

const ascii = (s: string) => Array.from(s, (c) => c.charCodeAt(0));
const MAGIC: [Binary, (b: Uint8Array) => boolean][] = [
  ["png", (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
  ["jpeg", (b) => startsWith(b, [0xff, 0xd8, 0xff])],
  ["gif", (b) => startsWith(b, ascii("GIF87a")) || startsWith(b, ascii("GIF89a"))],
  ["webp", (b) => startsWith(b, ascii("RIFF")) && startsWith(b.subarray(8), ascii("WEBP"))],
  ["bmp", (b) => startsWith(b, ascii("BM")) && b.length >= 14],
  ["pdf", (b) => startsWith(b, ascii("%PDF-"))],
  ["zip", (b) => startsWith(b, [0x50, 0x4b, 0x03, 0x04]) || startsWith(b, [0x50, 0x4b, 0x05, 0x06])],
  ["gzip", (b) => startsWith(b, [0x1f, 0x8b])],
];

/** What each extension's content must be; extensions not named here are checked by name only. */
const BY_EXTENSION: Record<string, ContentKind> = {
  ".png": "png",
  ".jpg": "jpeg",
  ".jpeg": "jpeg",
  ".gif": "gif",
  ".webp": "webp",
  ".bmp": "bmp",
  ".pdf": "pdf",
  ".zip": "zip",
  ".xlsx": "zip",
  ".docx": "zip",
  ".pptx": "zip",
  ".odt": "zip",
  ".ods": "zip",
  ".gz": "gzip",
  ".tgz": "gzip",
  ...Object.fromEntries(
    [".csv", ".tsv", ".txt", ".json", ".jsonl", ".md", ".markdown", ".xml", ".yaml", ".yml", ".html", ".htm", ".js", ".ts", ".py", ".log", ".svg", ".toml", ".ini", ".sql"].map(
      (e) => [e, "text" as const],
    ),
  ),
};

/** The binary format the first bytes announce, or null. */
export function sniffBinary(head: Uint8Array): Binary | null {
  return MAGIC.find(([, test]) => test(head))?.[0] ?? null;
}

/** The mime type of a sniffed binary format (null: not one we know). */
export function sniffMime(head: Uint8Array): string | null {
  const kind = sniffBinary(head);
  return kind ? MIME[kind] : null;
}

/** "image/png" and the like: the formats a browser shows in an <img> (SVG is not: it can script). */
export function isRasterImage(mime: string): boolean {
  return ["image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp"].includes(mime);
}

/** ".csv" for "report.CSV"; "" without one. */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot).toLowerCase() : "";
}

/** Why a file whose name has extension `ext` is refused for its content, or null when it fits. */
export function contentMismatch(ext: string, head: Uint8Array, isText: boolean): string | null {
  const expected = BY_EXTENSION[ext];
  if (!expected) return null;
  if (expected === "text") return isText ? null : `its content is not ${ext} text (it is ${sniffBinary(head) ?? "binary data"})`;
  const found = sniffBinary(head);
  return found === expected ? null : `its content is not ${expected.toUpperCase()} (it is ${found ?? (isText ? "text" : "unknown data")})`;
}

/**
 * Checks text chunk by chunk, as they arrive: valid UTF-8 (a multi-byte character may span
 * two chunks) and no NUL byte.
 */
export class TextCheck {
  private readonly decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
  ok = true;

  feed(chunk: Uint8Array): void {
    if (!this.ok) return;
    if (chunk.includes(0)) this.ok = false;
    else this.decode(chunk, true);
  }

  end(): boolean {
    if (this.ok) this.decode(new Uint8Array(0), false);
    return this.ok;
  }

  private decode(chunk: Uint8Array, stream: boolean): void {
    try {
      this.decoder.decode(chunk, { stream });
    } catch {
      this.ok = false;
    }
  }
}

function startsWith(b: Uint8Array, prefix: number[]): boolean {
  return b.length >= prefix.length && prefix.every((x, i) => b[i] === x);
}
