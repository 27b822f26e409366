/**
 * The timers behind `st.fragment(fn, { runEvery })`: one per timed fragment on the page,
 * kept only while a browser is connected (the page is a view; with nobody looking there is
 * nothing to refresh). A connect runs the page, whose fragments arm their timers again.
 * A pending timer keeps the object awake (it can't hibernate with one), which is the cost
 * of a live view; with no browser every timer is cleared and the object may hibernate.
 */
export class FragmentTimers {
  private readonly timers = new Map<string, { every: number; handle: ReturnType<typeof setTimeout> }>();

  /** `fire(id)` asks for a run of that fragment (the session skips it while a run is under way). */
  constructor(private readonly fire: (id: string) => void) {}

  /**
   * After each run: the timed fragments on the page, and whether a browser is connected.
   * A timer already running for a fragment keeps its phase (other input doesn't delay it).
   */
  sync(timed: ReadonlyMap<string, number> | undefined, connected: boolean): void {
    if (!connected || !timed) {
      if (!connected) this.stop();
      return;
    }
    for (const [id, timer] of this.timers) {
      if (timed.get(id) !== timer.every) {
        clearTimeout(timer.handle);
        this.timers.delete(id);
      }
    }
    for (const [id, every] of timed) if (!this.timers.has(id)) this.arm(id, every);
  }

  /** No browser any more (or the session expired): nothing ticks. */
  stop(): void {
    for (const timer of this.timers.values()) clearTimeout(timer.handle);
    this.timers.clear();
  }

  /** the fragments with a timer armed, for tests */
  get armed(): string[] {
    return [...this.timers.keys()];
  }

  private arm(id: string, every: number): void {
    const handle = setTimeout(() => {
      // re-armed by the sync after the run this asks for (or after the run it gave way to)
      this.timers.delete(id);
      this.fire(id);
    }, every);
    this.timers.set(id, { every, handle });
  }
}
