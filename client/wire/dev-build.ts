/**
 * Under `npm run dev` only (the shell carries the marker): follow the dev server's compile
 * check, so a save that does not compile shows its error in the page — wrangler keeps the
 * last good Worker running then, and the socket alone would never hear of it. A good save
 * reloads the Worker; the socket reconnects and the page re-runs with the new code.
 */
import { type BuildStatus, DEV_BUILD_META, DEV_BUILD_PATH } from "../../protocol/dev-build";

export function followDevBuild(show: (error: string | null) => void): void {
  if (!document.querySelector(`meta[name="${DEV_BUILD_META}"]`)) return;
  let version = 0;
  const ask = async (): Promise<void> => {
    try {
      // a long poll: answered when the outcome changes after `version`, else after ~25 s
      const res = await fetch(`${DEV_BUILD_PATH}?after=${version}`, { cache: "no-store" });
      if (res.ok) {
        const status = (await res.json()) as BuildStatus;
        if (status.version !== version) show(status.error);
        version = status.version;
        return void ask();
      }
    } catch {
      // the Worker is reloading after a save; ask again shortly
    }
    setTimeout(ask, 1000);
  };
  void ask();
}
