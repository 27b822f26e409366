/**
 * The test Worker: the real Worker and session object, serving the test pages. Requests
 * carrying `X-Test-Access` reach a second instance of the same Worker that verifies Access
 * tokens against test keys ("on"), or one deployed without Access settings ("unconfigured") —
 * a test-only switch; the production Worker has no such header.
 */
import { createLocalJWKSet } from "jose";
import { AuditBacklog as Backlog } from "../../durable/audit/backlog";
import { createSessionClass } from "../../durable/session";
import { createWorker } from "../../worker/create-worker";
import type { Env } from "../../worker/env";
import { AUD, PUBLIC_JWKS, TEAM_DOMAIN } from "./access-keys";
import testApp from "./pages";

// Classes, as wrangler.toml binds them (and `wrangler types` can name them).
/**
 * How many times each session object has been constructed, by object id: a test sees the
 * platform drop an instance (hibernation) by the next event constructing a new one. The
 * test Worker and its tests share one isolate, so this module state is visible to both.
 */
export const constructions = new Map<string, number>();
/** How many instances read their session from storage, per object id. */
export const loads = new Map<string, number>();

export class SessionObject extends createSessionClass(testApp) {
  private readonly key: string;
  private counted = false;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.key = ctx.id.toString();
    constructions.set(this.key, (constructions.get(this.key) ?? 0) + 1);
  }

  override session() {
    if (!this.counted) loads.set(this.key, (loads.get(this.key) ?? 0) + 1);
    this.counted = true;
    return super.session();
  }
}
export class AuditBacklog extends Backlog {}
export type TestSession = SessionObject;

const dev = createWorker(testApp);
const withAccess = createWorker(testApp, { jwks: createLocalJWKSet(PUBLIC_JWKS) });

export default {
  fetch(request: Request, env: Env, ctx: ExecutionContext) {
    switch (request.headers.get("X-Test-Access")) {
      case "on":
        return withAccess.fetch(request, { ...env, ACCESS_MODE: "access", ACCESS_TEAM_DOMAIN: TEAM_DOMAIN, ACCESS_AUD: AUD }, ctx);
      case "unconfigured":
        return withAccess.fetch(request, { ...env, ACCESS_MODE: undefined, ACCESS_TEAM_DOMAIN: "", ACCESS_AUD: "" }, ctx);
      default:
        return dev.fetch(request, env, ctx);
    }
  },
} satisfies ExportedHandler<Env>;
