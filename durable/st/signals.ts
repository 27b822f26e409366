/**
 * Control-flow signals thrown through the author's page function. They are internal:
 * the runner catches them; an author never sees them unless they swallow every error
 * with a bare `catch`, which is why each carries a message saying what it is.
 * @internal
 */

/** A newer input arrived: abandon this run at the next `st.*` call. */
export class InterruptSignal extends Error {
  constructor() {
    super("edgelit: run interrupted by newer input (internal signal — rethrow it)");
    this.name = "InterruptSignal";
  }
}

/** `st.stop()` */
export class StopSignal extends Error {
  constructor() {
    super("edgelit: st.stop() (internal signal — rethrow it)");
    this.name = "StopSignal";
  }
}

/** `st.rerun()` */
export class RerunSignal extends Error {
  constructor(
    /** `rerun({ scope: "fragment" })`: only this fragment runs again */
    readonly fragment?: string,
  ) {
    super("edgelit: st.rerun() (internal signal — rethrow it)");
    this.name = "RerunSignal";
  }
}

export function isSignal(e: unknown): e is InterruptSignal | StopSignal | RerunSignal {
  return e instanceof InterruptSignal || e instanceof StopSignal || e instanceof RerunSignal;
}
