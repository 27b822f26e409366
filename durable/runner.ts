/**
 * The rerun loop: runs are serialized per session. Input that arrives during a run
 * interrupts it (at its next `st.*` call) and queues; queued inputs coalesce — the newest
 * value of a widget wins, but a button press is never lost (Streamlit's
 * script_requests.py keeps triggers when merging). A press whose run was interrupted is
 * carried into the next run. Input of a fragment's widgets runs only that fragment; input of
 * two fragments runs both, and input of the page runs the page (which covers every fragment).
 */
import type { WireValue } from "../protocol/elements";
import type { AuditEvent } from "./audit/event";

export interface RunInput {
  /** widget values, newest last */
  values: Map<string, WireValue>;
  /** buttons pressed */
  triggers: Set<string>;
  /** forms submitted */
  submitted: Set<string>;
  /** navigate to this page */
  page?: string;
  /** the query string the browser shows with it (connect, nav): the run starts with these parameters */
  query?: string;
  /** widgets whose callbacks already ran (their run was interrupted after them) */
  callbacksDone: Set<string>;
  /** consecutive st.rerun() calls that led here */
  reruns: number;
  /**
   * the values as the browser sent (and shows) them, applied to the server's copy of the
   * browser's tree before the run is diffed (protocol/input.ts)
   */
  shown: Map<string, WireValue>;
  /** the newest input number this input includes */
  ack?: number;
  /** re-run only these fragments (st.fragment); unset: the whole page */
  fragments?: Set<string>;
}

export function emptyInput(): RunInput {
  return { values: new Map(), triggers: new Set(), submitted: new Set(), callbacksDone: new Set(), reruns: 0, shown: new Map() };
}

/** Merges a newer input into an older one: newest values, every trigger and form kept. */
export function coalesce(older: RunInput | null, newer: RunInput): RunInput {
  if (!older) return newer;
  const values = new Map(older.values);
  for (const [id, v] of newer.values) {
    values.delete(id); // re-insert so callback order follows the newest change
    values.set(id, v);
  }
  const shown = new Map(older.shown);
  for (const [id, v] of newer.shown) shown.set(id, v);
  const merged: RunInput = {
    values,
    shown,
    triggers: new Set([...older.triggers, ...newer.triggers]),
    submitted: new Set([...older.submitted, ...newer.submitted]),
    callbacksDone: new Set([...older.callbacksDone, ...newer.callbacksDone]),
    reruns: newer.reruns,
  };
  const page = newer.page ?? older.page;
  if (page !== undefined) merged.page = page;
  const query = newer.query ?? older.query;
  if (query !== undefined) merged.query = query;
  const ack = Math.max(older.ack ?? -1, newer.ack ?? -1);
  if (ack >= 0) merged.ack = ack;
  // Input for two fragments runs both; input for the page (or a page change) runs it all.
  if (older.fragments && newer.fragments && page === undefined) merged.fragments = new Set([...older.fragments, ...newer.fragments]);
  return merged;
}

export interface RunHandle {
  interrupt(): void;
}

export interface RunResult {
  /** input to run next regardless of new input: carried presses, or a rerun() */
  next?: RunInput;
  /** audit events the run recorded, stored with its state */
  events?: AuditEvent[];
  /** it ran only fragments, not the page */
  fragmentRun?: true;
  /** fragments on the page that re-run on a timer: id → milliseconds */
  timed?: Map<string, number>;
}

export type Execute = (input: RunInput, register: (handle: RunHandle) => void) => Promise<RunResult>;

export class RerunLoop {
  private pending: RunInput | null = null;
  private current: RunHandle | null = null;
  private draining: Promise<void> | null = null;

  constructor(private readonly execute: Execute) {}

  get running(): boolean {
    return this.draining !== null;
  }

  /** Queues input; resolves when the loop has drained everything queued so far. */
  submit(input: RunInput): Promise<void> {
    this.pending = coalesce(this.pending, input);
    this.current?.interrupt();
    this.draining ??= this.drain().finally(() => {
      this.draining = null;
    });
    return this.draining;
  }

  private async drain(): Promise<void> {
    while (this.pending) {
      const input = this.pending;
      this.pending = null;
      try {
        const result = await this.execute(input, (handle) => {
          this.current = handle;
          // Input that arrived before the run registered still interrupts it.
          if (this.pending) handle.interrupt();
        });
        if (result.next) this.pending = this.pending ? coalesce(result.next, this.pending) : result.next;
      } finally {
        this.current = null;
      }
    }
  }
}
