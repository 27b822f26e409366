/**
 * Verifying the Access JWT before anything reaches a session object: the
 * `Cf-Access-Jwt-Assertion` header (or the `CF_Authorization` cookie), RS256 only, signed
 * by a key of the team's JWKS, issued by the team domain, for this app's AUD tag, within
 * exp/nbf (60 s of clock skew). A maintained library (jose) does the cryptography.
 */
import { parse as parseCookies } from "hono/utils/cookie";
import { errors, jwtVerify } from "jose";
import type { AccessConfig } from "./config";
import { ANONYMOUS, type Identity } from "../../platform/identity";

export class AccessDenied extends Error {
  constructor(
    readonly status: 401 | 403 | 503,
    message: string,
  ) {
    super(message);
    this.name = "AccessDenied";
  }
}

export function tokenOf(request: Request): string | null {
  const header = request.headers.get("Cf-Access-Jwt-Assertion");
  if (header) return header.trim();
  return parseCookies(request.headers.get("Cookie") ?? "", "CF_Authorization").CF_Authorization ?? null;
}

/** The verified identity, or an AccessDenied that says why (never which key or claim was expected). */
export async function verifyAccess(request: Request, config: AccessConfig): Promise<Identity> {
  switch (config.mode) {
    case "off":
      return ANONYMOUS;
    case "dev":
      return config.identity;
    case "misconfigured":
      throw new AccessDenied(503, `edgelit refuses to serve: ${config.problem}`);
  }
  const token = tokenOf(request);
  if (!token) throw new AccessDenied(401, "No Cloudflare Access token: sign in through Access.");
  try {
    const { payload } = await jwtVerify(token, config.jwks, {
      algorithms: ["RS256"],
      issuer: config.issuer,
      audience: config.aud,
      clockTolerance: 60,
      requiredClaims: ["exp", "iat"],
    });
    const email = typeof payload.email === "string" ? payload.email : null;
    const commonName = typeof payload.common_name === "string" ? payload.common_name : null;
    if (!email && !commonName) throw new AccessDenied(403, "The Access token names neither a user nor a service token.");
    return {
      kind: email ? "user" : "service",
      email,
      id: email ? String(payload.sub || email) : commonName!,
      claims: payload as Record<string, unknown>,
      exp: payload.exp ?? null,
    };
  } catch (error) {
    if (error instanceof AccessDenied) throw error;
    throw new AccessDenied(403, `Invalid Cloudflare Access token: ${reason(error)}.`);
  }
}

function reason(error: unknown): string {
  if (error instanceof errors.JWTExpired) return "it has expired";
  if (error instanceof errors.JWTClaimValidationFailed) return `claim "${error.claim}" is not valid (${error.reason})`;
  if (error instanceof errors.JOSEAlgNotAllowed) return "its algorithm is not RS256";
  if (error instanceof errors.JWKSNoMatchingKey) return "it is not signed by a key of this team";
  if (error instanceof errors.JWSSignatureVerificationFailed) return "its signature does not verify";
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) return "it is malformed";
  return "it could not be verified";
}
