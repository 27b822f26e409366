/**
 * A deadline for a promise we do not control. The Neon driver can leave a promise pending
 * for good when the network path dies without closing (a black-holed proxy, a half-open TCP
 * connection): racing it against a timer turns "never" into a failed attempt that the
 * caller retries. The losing promise is left to settle (or not) on its own; the caller
 * closes whatever it was using.
 */
export class DeadlineExceeded extends Error {
  override name = "DeadlineExceeded";
}

export async function withDeadline<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineExceeded(`${what} did not answer within ${(ms / 1000).toFixed(1)} s`)), ms);
  });
  try {
    return await Promise.race([work, expired]);
  } finally {
    if (timer !== null) clearTimeout(timer);
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
