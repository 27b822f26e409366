/**
 * How the Worker admits requests, from wrangler vars — failing closed: deployed without the
 * Access team domain and AUD tag, it refuses to serve unless access control was switched off
 * on purpose (ACCESS_MODE = "off"). Local development (`npm run dev`) sets ACCESS_MODE = "dev":
 * no Access, a simulated identity, and the app says so on screen.
 */
import { createRemoteJWKSet, type JWTVerifyGetKey } from "jose";
import { devIdentity, type Identity } from "../../platform/identity";

export interface AccessEnv {
  ACCESS_MODE?: string;
  /** e.g. "yourteam.cloudflareaccess.com" */
  ACCESS_TEAM_DOMAIN?: string;
  /** the Access application's Application Audience (AUD) tag */
  ACCESS_AUD?: string;
  /** dev mode: the identity to simulate (default dev@localhost) */
  ACCESS_DEV_EMAIL?: string;
}

export type AccessConfig =
  | { mode: "access"; issuer: string; aud: string; jwks: JWTVerifyGetKey }
  | { mode: "off" }
  | { mode: "dev"; identity: Identity }
  | { mode: "misconfigured"; problem: string };

/** One key set per team per isolate: jose caches the keys and refetches on an unknown `kid`. */
const keySets = new Map<string, JWTVerifyGetKey>();

export function accessConfig(env: AccessEnv, jwksOverride?: JWTVerifyGetKey): AccessConfig {
  const mode = (env.ACCESS_MODE ?? "access").trim();
  if (mode === "off") return { mode: "off" };
  if (mode === "dev") return { mode: "dev", identity: devIdentity(env.ACCESS_DEV_EMAIL || "dev@localhost") };
  if (mode !== "access") return { mode: "misconfigured", problem: `ACCESS_MODE is "${mode}"; use "access", "dev" or "off".` };
  const team = env.ACCESS_TEAM_DOMAIN?.trim().replace(/^https:\/\//, "").replace(/\/+$/, "");
  const aud = env.ACCESS_AUD?.trim();
  if (!team || !aud) {
    return {
      mode: "misconfigured",
      problem:
        "Cloudflare Access is not configured: set ACCESS_TEAM_DOMAIN (e.g. yourteam.cloudflareaccess.com) and ACCESS_AUD " +
        '(the application\'s AUD tag) in wrangler.toml [vars] — or ACCESS_MODE = "off" to serve without Access (not recommended).',
    };
  }
  const issuer = `https://${team}`;
  let jwks = jwksOverride ?? keySets.get(issuer);
  if (!jwks) {
    // Keys rotate every 6 weeks: a token signed with a new key has an unknown kid, which makes
    // jose refetch (at most every 30 s); known keys are kept for 10 minutes.
    jwks = createRemoteJWKSet(new URL(`${issuer}/cdn-cgi/access/certs`), { cooldownDuration: 30_000, cacheMaxAge: 600_000 });
    keySets.set(issuer, jwks);
  }
  return { mode: "access", issuer, aud, jwks };
}
