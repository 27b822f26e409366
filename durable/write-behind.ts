/**
 * How often a session writes itself to storage during a burst of runs.
 *
 * Every put is one SQLite transaction, and its fixed cost — not the record's size — was a
 * third of an interaction's server time (bench/load.mjs, 2026-12-03). A slider dragged
 * through twenty values needs the last one stored, not all twenty. So a run's state is
 * written at once when the last write is older than the window, and otherwise once when the
 * window ends, with whatever the newest run left.
 *
 * The pending timer keeps the object in memory (an object with a timer neither hibernates
 * nor is evicted), so going idle loses nothing, nor does a deploy in Cloudflare's default
 * (deferred) code-update mode. A crash or an immediate-mode deploy inside the window loses
 * the runs since the last write: the browser then gets the stored tree back on reconnect,
 * as if those runs had been interrupted. Runs that record audit events are written at once.
 */
export const DEFAULT_WRITE_WINDOW_MS = 500;

export class WriteBehind {
  private last = Number.NEGATIVE_INFINITY;
  private timer: ReturnType<typeof setTimeout> | undefined;

  /**
   * @param write stores the session as it is now; `afterRun`: a run just ended (its frames are still queued)
   * @param busy a run is under way: a window ending then leaves the write to that run's end
   */
  constructor(
    private readonly windowMs: number,
    private readonly write: (afterRun: boolean) => Promise<void>,
    private readonly busy: () => boolean,
  ) {}

  /** A run ended. `urgent`: it must be stored before anything else happens (audit events). */
  async ran(urgent: boolean): Promise<void> {
    const wait = this.last + this.windowMs - Date.now();
    if (urgent || wait <= 0) return this.now(true);
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      // a run under way writes when it ends (its window has passed by then)
      if (this.busy()) return;
      this.now(false).catch((error: unknown) => console.error("edgelit: a session's deferred write failed", error));
    }, wait);
  }

  /** Writes now, and the window starts again. */
  private async now(afterRun: boolean): Promise<void> {
    this.cancel();
    this.last = Date.now();
    await this.write(afterRun);
  }

  /** Forgets a write that was waiting (the session was just deleted). */
  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** a write is waiting for its window to end, for tests @internal */
  get waiting(): boolean {
    return this.timer !== undefined;
  }
}
