/**
 * st.tabs, as the WAI-ARIA tabs pattern: a tablist of buttons with roving tabindex (arrow
 * keys, Home and End move and select), and one tabpanel per `tab` child. Every panel is
 * rendered — widgets in hidden tabs keep their drafts, and the page's output is all there —
 * but only the selected one is visible. Selection is the browser's own state, like
 * Streamlit's: a re-run does not reset it.
 */
import { useEffect, useId, useRef, useState } from "preact/hooks";
import type { BlockProps } from "../../../protocol/elements";
import { html } from "../html";
import { RenderNode } from "../render-node";
import type { ViewProps } from "../view-props";

const MOVES: Record<string, (i: number, n: number) => number> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_, n) => n - 1,
};

export function Tabs({ props, node }: ViewProps<BlockProps["tabs"]>) {
  const base = useId();
  // The selected tab is remembered by its label, as Streamlit does: when the labels change,
  // the same tab stays selected wherever it moved, and the first one when it is gone.
  const [chosenLabel, setChosenLabel] = useState<string | undefined>(props.labels[0]);
  const list = useRef<HTMLDivElement>(null);
  const n = props.labels.length;
  const selected = Math.max(0, chosenLabel === undefined ? 0 : props.labels.indexOf(chosenLabel));
  const setChosen = (i: number) => setChosenLabel(props.labels[i]);
  // A selected tab that went away hands the selection to the first tab for good (Streamlit's
  // Tabs.tsx): if its label comes back later, the first tab stays selected.
  useEffect(() => {
    if (props.labels[selected] !== chosenLabel) setChosenLabel(props.labels[selected]);
  });

  const onKeyDown = (e: KeyboardEvent) => {
    const move = MOVES[e.key];
    if (!move || n === 0) return;
    e.preventDefault();
    const next = move(selected, n);
    setChosen(next);
    list.current?.querySelectorAll<HTMLElement>('[role="tab"]')[next]?.focus();
  };

  return html`<div class="el-tabs">
    <div class="el-tablist" role="tablist" ref=${list} onKeyDown=${onKeyDown}>
      ${props.labels.map(
        (label, i) => html`<button
          key=${i}
          type="button"
          role="tab"
          id=${`${base}-tab-${i}`}
          aria-selected=${i === selected ? "true" : "false"}
          aria-controls=${`${base}-panel-${i}`}
          tabIndex=${i === selected ? 0 : -1}
          onClick=${() => setChosen(i)}
        >${label}</button>`,
      )}
    </div>
    ${node.c?.map(
      (child, i) => html`<div
        key=${i}
        role="tabpanel"
        id=${`${base}-panel-${i}`}
        aria-labelledby=${`${base}-tab-${i}`}
        tabIndex=${0}
        hidden=${i !== selected}
        class="el-tabpanel"
      ><${RenderNode} node=${child} /></div>`,
    )}
  </div>`;
}
