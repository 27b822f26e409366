/**
 * A widget's local draft: what the user sees while editing, initialised from the server's
 * value and reset whenever that value changes (e.g. a form cleared on submit, a callback
 * that rewrote session state). `commit` hands the draft to state/forms.ts (buffer or send), only
 * when it differs from what was last committed, so blur after Enter does not send twice.
 */
import { useContext, useEffect, useRef, useState } from "preact/hooks";
import type { WidgetBase, WireValue } from "../../protocol/elements";
import { commitValue } from "../state/forms";
import { OfflineContext } from "./contexts";

/** per widget id, "go back to the server's value" — for a value the server refused */
const revert = new Map<string, () => void>();

/** The server refused this widget's value: show its own value again. */
export function revertDraft(id: string): void {
  revert.get(id)?.();
}

interface Draft<T> {
  /** the server value the draft started from, as JSON, to notice when it changes */
  server: string;
  draft: T;
  committed: T;
}

export interface WidgetState<T> {
  value: T;
  /** show a value without committing it (typing, dragging) */
  setDraft(v: T): void;
  /** commit a value (default: the draft) if it changed since the last commit */
  commit(v?: T): void;
  /** the widget's own `disabled`, or the connection is down */
  disabled: boolean;
}

export function useWidget<T extends WireValue>(props: WidgetBase & { value: T }): WidgetState<T> {
  const server = JSON.stringify(props.value);
  const ref = useRef<Draft<T> | null>(null);
  if (ref.current?.server !== server) ref.current = { server, draft: props.value, committed: props.value };
  const state = ref.current;
  const [, rerender] = useState(0);
  const latest = useRef(props);
  latest.current = props;
  const offline = useContext(OfflineContext);

  /** drop the draft: show the server's value again (form cleared, value refused) */
  const reset = useRef(() => {
    const value = latest.current.value as T;
    ref.current = { server: JSON.stringify(value), draft: value, committed: value };
    rerender((n) => n + 1);
  }).current;

  useEffect(() => {
    revert.set(props.id, reset);
    return () => void (revert.get(props.id) === reset && revert.delete(props.id));
  }, [props.id]);

  return {
    value: state.draft,
    setDraft(v) {
      state.draft = v;
      rerender((n) => n + 1);
    },
    commit(v = state.draft) {
      state.draft = v;
      rerender((n) => n + 1);
      if (JSON.stringify(v) === JSON.stringify(state.committed)) return;
      state.committed = v;
      commitValue(latest.current, v);
    },
    disabled: !!props.disabled || offline,
  };
}
