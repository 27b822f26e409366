/**
 * A widget's local draft as a hook (the draft itself is state/draft.ts): `commit` hands the
 * value to its form or sends it (state/forms.ts), only when it differs from what was last
 * committed. A value the server refused needs nothing here: the store stops laying that
 * input over the tree, so the server's value comes back as a changed prop, and the draft
 * follows it.
 */
import { useContext, useRef, useState } from "preact/hooks";
import type { WidgetBase, WireValue } from "../../protocol/elements";
import { Draft } from "../state/draft";
import { InputContext, OfflineContext } from "./contexts";

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
  const input = useContext(InputContext);
  const offline = useContext(OfflineContext);
  const ref = useRef<Draft<T> | null>(null);
  const draft = (ref.current ??= new Draft(props.value));
  draft.follow(props.value);
  const [, rerender] = useState(0);
  const redraw = () => rerender((n) => n + 1);
  const latest = useRef(props);
  latest.current = props;

  return {
    value: draft.value,
    setDraft(v) {
      draft.value = v;
      redraw();
    },
    commit(v = draft.value) {
      const changed = draft.commit(v);
      redraw();
      if (changed) input.forms.commit(latest.current, v);
    },
    disabled: !!props.disabled || offline,
  };
}
