/** Forged and broken Access tokens for the tests, each with what it gets wrong. */
import { base64url, generateKeyPair, SignJWT } from "jose";
import { AUD, accessToken, ISSUER, TEST_KEYS } from "./access-keys";

/** Forged and broken tokens, each with what it gets wrong. */
export async function forgedTokens(): Promise<[string, string][]> {
  const valid = await accessToken();
  const [h, p, s] = valid.split(".") as [string, string, string];
  const claims = JSON.parse(new TextDecoder().decode(base64url.decode(p)));
  const enc = (o: unknown) => base64url.encode(JSON.stringify(o));
  const outsider = await generateKeyPair("RS256");
  const now = Math.floor(Date.now() / 1000);
  return [
    ["expired", await accessToken({ expiresIn: -3600 })],
    ["not yet valid", await accessToken({ notBefore: 3600 })],
    ["wrong audience", await accessToken({ aud: "another-app" })],
    ["wrong issuer", await accessToken({ iss: "https://evil.cloudflareaccess.com" })],
    ["alg none", `${enc({ alg: "none", typ: "JWT" })}.${p}.`],
    [
      "HS256 signed with the public key",
      await new SignJWT(claims)
        .setProtectedHeader({ alg: "HS256", kid: TEST_KEYS[0]!.kid })
        .sign(new TextEncoder().encode(JSON.stringify(TEST_KEYS[0]!.public))),
    ],
    ["unknown kid", await accessToken({ kid: "rotated-away" })],
    [
      "signed by a key outside the team's set",
      await new SignJWT({ email: "editor@thecodeforge.io" })
        .setProtectedHeader({ alg: "RS256", kid: TEST_KEYS[0]!.kid })
        .setIssuer(ISSUER)
        .setAudience(AUD)
        .setSubject("user-123")
        .setIssuedAt(now)
        .setExpirationTime(now + 600)
        .sign(outsider.privateKey),
    ],
    ["tampered payload", `${h}.${enc({ ...claims, email: "admin@thecodeforge.io" })}.${s}`],
    ["no email and no service name", await accessToken({ email: null })],
    ["garbage", "not.a.jwt"],
    ["empty", ""],
  ];
}

