/**
 * `/_stcore/dev/build` under `npm run dev`: whether the app's source compiles, relayed from
 * the compile check that dev.mjs runs beside wrangler (scripts/build-status.mjs) — wrangler
 * keeps serving the last good Worker when a save does not compile, so only this tells the
 * open tab. A long poll: `?after=N` is answered when the outcome changed after version N.
 * Deployed (no EDGELIT_DEV_BUILD), the path does not exist.
 */
import type { Context } from "hono";
import type { BuildStatus } from "../../protocol/dev-build";
import type { WorkerVars } from "../access/middleware";

export async function devBuildRoute(c: Context<WorkerVars>): Promise<Response> {
  const source = c.env.EDGELIT_DEV_BUILD;
  if (!source) return c.text("Not found", 404);
  const after = Math.max(0, Math.floor(Number(c.req.query("after")) || 0));
  try {
    const res = await fetch(`${source}/?after=${after}`);
    const status = (await res.json()) as BuildStatus;
    return c.json(status, 200, { "Cache-Control": "no-store" });
  } catch {
    // the check is restarting with `npm run dev`: nothing known, ask again later
    return c.json({ version: after, error: null } satisfies BuildStatus, 200, { "Cache-Control": "no-store" });
  }
}
