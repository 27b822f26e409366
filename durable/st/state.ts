/**
 * Session state: values the author keeps across runs (Streamlit's st.session_state). It is
 * stored in the session's Durable Object after every run, so it survives a refresh, the
 * object hibernating, and a deploy. Values must be structured-cloneable (plain data, Date,
 * Map, Set, typed arrays…); the runner reports the key of a value that is not.
 *
 * `init` / `st.state(key, initial)` set a key only when it is missing, so the seed's
 * "initialization trap" (resetting a counter on every run) cannot happen.
 */
export class SessionState {
  /** while true (replaying a page to recover callbacks), writes are dropped */
  muted = false;

  constructor(private data: Record<string, unknown> = {}) {}

  has(key: string): boolean {
    return Object.hasOwn(this.data, key);
  }

  get<T = unknown>(key: string): T | undefined {
    return this.data[key] as T | undefined;
  }

  set<T>(key: string, value: T): T {
    if (!this.muted) this.data[key] = value;
    return value;
  }

  delete(key: string): boolean {
    if (this.muted || !this.has(key)) return false;
    delete this.data[key];
    return true;
  }

  /**
   * Returns the value of `key`, first setting it to `initial` if the key is missing.
   * @example const visits = st.sessionState.init("visits", 0);
   */
  init<T>(key: string, initial: T | (() => T)): T {
    if (!this.has(key)) this.set(key, typeof initial === "function" ? (initial as () => T)() : initial);
    return (this.has(key) ? this.data[key] : initial) as T;
  }

  keys(): string[] {
    return Object.keys(this.data);
  }

  /** A plain copy of every key, e.g. for `st.json(st.sessionState.toJSON())`. */
  toJSON(): Record<string, unknown> {
    return { ...this.data };
  }

  /** @internal the stored form */
  snapshot(): Record<string, unknown> {
    return this.data;
  }
}

/**
 * One session-state key as a typed cell.
 * @example
 * const count = st.state("analysis_count", 0);
 * if (st.button("Run Analysis")) count.value += 1;
 */
export class StateCell<T> {
  constructor(
    private readonly state: SessionState,
    readonly key: string,
    initial: T | (() => T),
  ) {
    state.init(key, initial);
  }

  get value(): T {
    return this.state.get<T>(this.key) as T;
  }

  set value(next: T) {
    this.state.set(this.key, next);
  }

  /** Sets the value from the current one. */
  update(fn: (current: T) => T): T {
    return this.state.set(this.key, fn(this.value));
  }
}
