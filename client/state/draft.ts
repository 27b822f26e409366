/**
 * A widget's local draft, as plain objects (view/use-widget.ts wraps them in a hook): what
 * the person sees while editing, started from the server's value and replaced whenever that
 * value changes (a form cleared on submit, a callback that rewrote session state).
 */
import type { WireValue } from "../../protocol/elements";

export class Draft<T extends WireValue> {
  /** what the widget shows */
  value!: T;
  private committed!: T;
  /** the server value the draft started from, as JSON, to notice when it changes */
  private server!: string;

  constructor(server: T) {
    this.reset(server);
  }

  /** The server's value at this render: a different one replaces the draft. */
  follow(server: T): void {
    if (JSON.stringify(server) !== this.server) this.reset(server);
  }

  /** Drops the draft: the server's value is shown again. */
  reset(server: T): void {
    this.server = JSON.stringify(server);
    this.value = this.committed = server;
  }

  /**
   * Shows `v`; true when it differs from what was last committed (so it is to be handed on),
   * which makes blur after Enter, or a second Enter, send nothing.
   */
  commit(v: T): boolean {
    this.value = v;
    if (JSON.stringify(v) === JSON.stringify(this.committed)) return false;
    this.committed = v;
    return true;
  }
}
