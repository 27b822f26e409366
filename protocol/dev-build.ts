/**
 * The edit loop's compile status, as `/_stcore/dev/build` answers it under `npm run dev`
 * (worker/routes/dev-build.ts relays it; the browser shows `error` in the page).
 */
export const DEV_BUILD_PATH = "/_stcore/dev/build";
/** present in the HTML shell when the dev server checks compiles (the client then asks) */
export const DEV_BUILD_META = "edgelit-dev-build";

export interface BuildStatus {
  /** increases whenever the outcome changes; ask with `?after=<version>` to wait for the next */
  version: number;
  /** esbuild's formatted errors, or null when the app compiles */
  error: string | null;
}
