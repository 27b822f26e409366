/**
 * Test-only RSA keys standing in for a Cloudflare Access team's signing keys: the test Worker
 * verifies with the public halves (as it would the team's JWKS); tests sign with the private
 * ones. Generated once for these tests; they protect nothing.
 */
import { type JWK, SignJWT, importJWK } from "jose";

export const TEAM_DOMAIN = "edgelit-test.cloudflareaccess.com";
export const ISSUER = `https://${TEAM_DOMAIN}`;
export const AUD = "edgelit-test-aud-0123456789abcdef";

export const TEST_KEYS: { kid: string; public: JWK; private: JWK }[] = [
  {
    "kid": "test-key-1",
    "public": {
      "kty": "RSA",
      "n": "vGZSkT3OprMIwWC8rp0PTsh2n37cCrRSKTLFffjOpsaXJNS5THW4jSzv_V1Wfxr2tGgx9zbGPtPFzv-0EWKcNaYQTpyCn3ZjHRZyPuXvHVhm1hP6H7EeAnYEmW-lYsDbeiQuNprTXF-ayg3qxvze-l6-69OuEn-FIV5q-x5vpf8K2h9ihD4G8Fq2QxPm_SbDx05gtZYESQbh8ymO3T5w_GlgrazQpgaWuGVZMxlR-JJ-g1QSYc-IKvm9SS2-eWAkH2m5qt278kMmEInMTGaCV7wtVN_dEHLETX8cpZyc7lvjG332pViAw5LFn_iT-H_jFBYUcw1OzQy4EiqlGN4CCw",
      "e": "AQAB",
      "kid": "test-key-1",
      "alg": "RS256",
      "use": "sig"
    },
    "private": {
      "kty": "RSA",
      "n": "vGZSkT3OprMIwWC8rp0PTsh2n37cCrRSKTLFffjOpsaXJNS5THW4jSzv_V1Wfxr2tGgx9zbGPtPFzv-0EWKcNaYQTpyCn3ZjHRZyPuXvHVhm1hP6H7EeAnYEmW-lYsDbeiQuNprTXF-ayg3qxvze-l6-69OuEn-FIV5q-x5vpf8K2h9ihD4G8Fq2QxPm_SbDx05gtZYESQbh8ymO3T5w_GlgrazQpgaWuGVZMxlR-JJ-g1QSYc-IKvm9SS2-eWAkH2m5qt278kMmEInMTGaCV7wtVN_dEHLETX8cpZyc7lvjG332pViAw5LFn_iT-H_jFBYUcw1OzQy4EiqlGN4CCw",
      "e": "AQAB",
      "d": "BJ5DfuDzfF2eJNNgvK0H74f1dHJxJWgHLZBbi_t54Vez48i9JBUsqXVFCsJreOEp1AFL3EIA-RBK5IibGuP-bUg9VRf8Ebmes1tWAJm1U1RT7QJ_WqCGWkwXT8WPWczddHCHm3oPHVAQpMxTiX4wXxXMe05skXKDym4clDxKQ1jiz1H-_SXoLaCrVYzKyV-6evPB0dtslyCAomIzCPYHfbMhf9M9q7HJCP6ReAZp3ZOaFbAWTsojZhZ7PcecUY6Pnb6NvwNEhmTpdu6VWtOmTZplffxMzmgZ56aNut5sDj_9-EIdxor9XiSuWDgwGB9Ib1tXwonwUGo6khmGLFjfBQ",
      "p": "9XNpyFLolD1OPZva-schc0O2xO-na3x3ZmYaEl08IINxevNq_yKvGwxbAuINQNZiC5tzrQWQS-0uo6H0cs_QVejlXTq_X7UF059KkV3NlEFAnnaG4TxI28SZGxF7dZfyjJzMJtJxG6nVAqBz-QIOyssZ5YGdirnKMxEY6hivM4c",
      "q": "xH8zcQ6IJl0ulC-wEJi8wKtkfh2JfvnNRRIRF8N8EUCyjBlFzYofCSHx4eUGWQDPYJ0c3vdOQ52A8uOP97yLPIQYPelN12ScFGY-d6jhQWOT2BwhPlNXg2KpEqRHkdZdMSqfUk7q6jfuSVkmDyk3FNY0-Vb-AvaRzL19FzTr5l0",
      "dp": "xUPHjY9Miu8mdY9QE-J8eMXAG1C8jj9POsXuSDoUe9EIIBeIM5rtfmCUuKFyo1xpGgkKk9D34n2x0SL1clyghJsT07TGX6X-E9FevavU8ETtKS37QwQPTkkX_9AyGBVRgz71OHJDI0eAAYdxDXxg5Q0MOA7OzdJ5tkcUbff-vvs",
      "dq": "OLcOPf-XxJr4qsTo6KFtOZ8-rjgQS5oGaX1Beb5uvPwTjORuhVjshFJL4oucPWxCbvxqLODssg9v_Ks6DqNY_OqTpKsGULk1Y53vQdJ40crQDXxxC_A6Pi3n5v2LushItbw7qCInI9to57rXhWC8CUOanq1BO9G3W4UF6gDYZfE",
      "qi": "u4z8IxDC76HmuPSqTR22zKyU6gXIkLygmNSjLksuSasgo4LGBdSx2-hcukesPmuil6flWBqbzA_IQNK6iifcjPne84yrnSaSwby81GqTxIL9TTB8s_GzOUHdSbufKP1PUuU86vWHrcwIynLb-j4DXVhvnJqRhM4J2RRCU34sDYA",
      "kid": "test-key-1",
      "alg": "RS256"
    }
  },
  {
    "kid": "test-key-2",
    "public": {
      "kty": "RSA",
      "n": "sVC22yoXC294zKDNFoxCtrWBk48splf4aSFeCEEM-B3i9pfFSJruau69WIPatjZ0Ox1StIbsqu7JGzG-4f_4TWDZSUsCjOd_vm3_LgQyJOo_28sHip-JozujqA5fpBPkfO7RKSBwC1OnFQ23VAwaJqlyoykkVUyCKKkWN_0YOrC4WE7MPkFpPkNhXcbro8bqC3D2nopZVR6rfJzUt1sv52J7oYURXOCls6FJr__XDXiytRjQs7sxJ2LuncFu-t06c8l2zTtlKuF30Pm_fy6zfp69r8dIuS3MDzGr6Z8bTMnPPYWaEBS2_mUocDTTx1gX9wi-1IJo1qtQgJxmnG61Hw",
      "e": "AQAB",
      "kid": "test-key-2",
      "alg": "RS256",
      "use": "sig"
    },
    "private": {
      "kty": "RSA",
      "n": "sVC22yoXC294zKDNFoxCtrWBk48splf4aSFeCEEM-B3i9pfFSJruau69WIPatjZ0Ox1StIbsqu7JGzG-4f_4TWDZSUsCjOd_vm3_LgQyJOo_28sHip-JozujqA5fpBPkfO7RKSBwC1OnFQ23VAwaJqlyoykkVUyCKKkWN_0YOrC4WE7MPkFpPkNhXcbro8bqC3D2nopZVR6rfJzUt1sv52J7oYURXOCls6FJr__XDXiytRjQs7sxJ2LuncFu-t06c8l2zTtlKuF30Pm_fy6zfp69r8dIuS3MDzGr6Z8bTMnPPYWaEBS2_mUocDTTx1gX9wi-1IJo1qtQgJxmnG61Hw",
      "e": "AQAB",
      "d": "AjaF35QaCNxNXVMZgpFD1tJ1f-CxgV1wGtjb1HIkdgc33GhqgdlFKjhbXYvHM8AtTKdO1c5br0YwDuP2YfwZQKPXh7uC7aMijCWNTH51lCdu86oqSqniIle8rK_wtCu7p0xQRKHeAfyU9GNQCSoIb6d9m2GzM8lU_syEYCO2C16FJFR-U1ECddX38kkVFnqxVZhQZIDtPWROh5NkL0AugNOx064bSOwz9cpLrn7foLaswa2XjkLmgzSQuqchRn9fSwwiEBlTQhvFIThhqfXAVtzHNHKCX4m-DVgcBpyro91O8Y06Re1JNc0jOIMFjXxLpmQpNvkw8p9oBMEnkLAXSQ",
      "p": "2Fnqp6rqhlvXnUtekanwHr1qIvJsHBHibJbEpFNfkkkMN2LtW268FniFf-yEHWsGimFcp0zNPGzJPr2fEV8M__tCaiV4m1FHocIvvx5_MUiPZlzYi1myoT_0O7xiImr6LTp3Kfr83xedDWzXpTG3lPd1kJbewSQs_5StzSqnN10",
      "q": "0c9uuag5roS5tFfcNKN2KUw3kqD1nF9mVdhT1IGUszuJ_xU8qgcXaLxqgy2T-VyzrKaLuNtyQIV5GDf7E8xk-24AyVqP2RzyO1JRKdBv2727piVuQ4t4qprmdXr0B9eaYZ9upC1aDHnxNC61nG3c6rxdCFPhURRuFzLiKvKmAqs",
      "dp": "Foi3AiOxLbFfMcjp3q4ejnUYGu-5Butt8_V4Ic11RN1K4nHxWvabrJN9BCf0UsQU-FDPv7UmI0cJZvmFGeAWkIrxDfE9MKA0n8qEApoAkXeHSBgfjdQX4OeyXo5ugjs2N4PBaaP0tp_VAdL2WwRkpKVpn1e3d9J2xWANAjORGxk",
      "dq": "cootxolCRDYNM5krjEkYvt7vD8tzipTCR2c8DK1ZQqfkZC9x2NjaPMFv3IFLYTzskfqyGI8kxniXbVNSbLKPBnw9Ta91DHAzBZOg35T9HBduk_unQJSpoWnDGquvAYEAtP7W5iYkHN-NgJFncCjCDBwdJei0_xCKMXwD4LJrUtU",
      "qi": "n6Ed7cuG5Bk5dHbxHkneFFOb7MXwsZmUUgrrvbo3SrhYFQVGe8m6cAl_wDyeehqGu7hcMoYZZEWno13pW4q7KaKNjx9rMkxxKSlWkjtOYsEhEUuLwaRgq3hH6_jFvVTdNzTyV3GUUYoejr__kQ--dudUrplWgZ-2cnlwDngsKXM",
      "kid": "test-key-2",
      "alg": "RS256"
    }
  }
];

/** The team's public key set, as served at /cdn-cgi/access/certs. */
export const PUBLIC_JWKS = { keys: TEST_KEYS.map((k) => k.public) };

export interface TokenOptions {
  email?: string | null;
  commonName?: string;
  sub?: string;
  aud?: string;
  iss?: string;
  /** seconds from now */
  expiresIn?: number;
  notBefore?: number;
  kid?: string;
  key?: number;
}

/** Signs an Access-shaped JWT with test key `key` (default 0). */
export async function accessToken(o: TokenOptions = {}): Promise<string> {
  const k = TEST_KEYS[o.key ?? 0]!;
  const now = Math.floor(Date.now() / 1000);
  const claims: Record<string, unknown> = { type: o.commonName ? "app" : "app", identity_nonce: "n" };
  if (o.email !== null) claims.email = o.email ?? "editor@thecodeforge.io";
  if (o.commonName) claims.common_name = o.commonName;
  const jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: "RS256", kid: o.kid ?? k.kid })
    .setIssuer(o.iss ?? ISSUER)
    .setAudience(o.aud ?? AUD)
    .setSubject(o.sub ?? (o.commonName ? "" : "user-123"))
    .setIssuedAt(now - 5)
    .setExpirationTime(now + (o.expiresIn ?? 3600));
  if (o.notBefore !== undefined) jwt.setNotBefore(now + o.notBefore);
  return jwt.sign(await importJWK(k.private, "RS256"));
}
