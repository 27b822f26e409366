/**
 * The caches' clock. Tests move it to check expiry without waiting (inside workerd,
 * Date.now() only advances with I/O).
 */
let offset = 0;

export function now(): number {
  return Date.now() + offset;
}

/** @internal tests only */
export function advanceClockForTests(ms: number): void {
  offset += ms;
}
