/**
 * st.multiselect: the chosen options as chips, each with a remove button, and a text box
 * that filters the list of the others (ARIA's combobox with a listbox popup; the label names
 * the text box). The list opens on a click, an arrow key or typing; arrow keys move in it,
 * Enter picks, Escape closes, Backspace in an empty box removes the last chip. It stays
 * open after a pick, as Streamlit's does, so several options are picked in a row. Every
 * change is committed at once: sent outside a form, held by the form inside one.
 * Wire value: the chosen indices, in the order chosen.
 */
import { useEffect, useId, useRef, useState } from "preact/hooks";
import type { ElementProps } from "../../../protocol/elements";
import { menuOf } from "../../state/multiselect-menu";
import { Field } from "../field";
import { html } from "../html";
import { useWidget } from "../use-widget";
import type { ViewProps } from "../view-props";

/** Streamlit's words for a multiselect without options, which it also disables */
const NO_OPTIONS = "No options to select.";

export function Multiselect({ props }: ViewProps<ElementProps["multiselect"]>) {
  const w = useWidget(props);
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState(false);
  const [filter, setFilter] = useState("");
  const [active, setActive] = useState(0);
  const chosen = w.value;
  const disabled = w.disabled || props.options.length === 0;
  const menu = menuOf(props.options, chosen, filter, props.maxSelections);
  const shown = open && !disabled;
  const at = Math.min(active, menu.offered.length - 1);
  const activeId = shown && at >= 0 ? `${id}-o${menu.offered[at]}` : undefined;

  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: "nearest" });
  }, [activeId]);

  const choose = (next: number[]) => w.commit(next);
  const pick = (i: number) => {
    choose([...chosen, i]);
    setFilter("");
  };
  // the pressed button is gone afterwards: keep the keyboard in the widget
  const remove = (i: number) => {
    choose(chosen.filter((c) => c !== i));
    input.current?.focus();
  };
  const clear = () => {
    choose([]);
    input.current?.focus();
  };
  const close = () => {
    setOpen(false);
    setFilter("");
  };
  const openAt = (position: number) => {
    setOpen(true);
    setActive(position);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    switch (e.key) {
      case "ArrowDown":
        e.preventDefault();
        if (!shown) openAt(0);
        else setActive(Math.min(at + 1, menu.offered.length - 1));
        break;
      case "ArrowUp":
        e.preventDefault();
        if (!shown) openAt(Math.max(0, menu.offered.length - 1));
        else setActive(Math.max(at - 1, 0));
        break;
      case "Enter":
        e.preventDefault(); // picks, and never submits the form around it
        if (shown && at >= 0) pick(menu.offered[at]!);
        break;
      case "Escape":
        if (!shown) return;
        e.preventDefault();
        e.stopPropagation();
        close();
        break;
      case "Backspace":
        if (filter === "" && chosen.length > 0) remove(chosen[chosen.length - 1]!);
        break;
    }
  };

  return html`<${Field} for=${id} label=${props.label} help=${props.help}>
    <div class=${disabled ? "el-multi el-multi-disabled" : "el-multi"}>
      <div
        class="el-multi-box"
        onClick=${(e: MouseEvent) => {
          if (disabled || (e.target as HTMLElement).closest("button")) return;
          input.current?.focus();
          if (!shown) openAt(0);
        }}
      >
        <div class="el-multi-values">
        ${chosen.map(
          (i) => html`<span class="el-chip" key=${i}>
            <span class="el-chip-text" title=${props.options[i]}>${props.options[i]}</span>
            <button
              type="button"
              class="el-chip-remove"
              aria-label=${`Remove ${props.options[i]}`}
              disabled=${disabled}
              onClick=${() => remove(i)}
            >×</button>
          </span>`,
        )}
        <input
          ref=${input}
          id=${id}
          class="el-multi-input"
          type="text"
          role="combobox"
          aria-expanded=${shown ? "true" : "false"}
          aria-controls=${`${id}-list`}
          aria-autocomplete="list"
          aria-activedescendant=${activeId}
          autocomplete="off"
          value=${filter}
          placeholder=${chosen.length ? "" : props.options.length === 0 ? NO_OPTIONS : (props.placeholder ?? "Choose an option")}
          disabled=${disabled}
          onInput=${(e: Event) => {
            setFilter((e.currentTarget as HTMLInputElement).value);
            openAt(0);
          }}
          onKeyDown=${onKeyDown}
          onBlur=${close}
        />
        </div>
        ${chosen.length > 0 &&
        html`<button type="button" class="el-multi-clear" title="Clear all" aria-label=${`Clear ${props.label}`} disabled=${disabled} onClick=${clear}>×</button>`}
        <span class="el-multi-arrow" aria-hidden="true"></span>
      </div>
      <ul id=${`${id}-list`} class="el-multi-list" role="listbox" aria-label=${props.label} hidden=${!shown}>
        ${shown &&
        menu.offered.map(
          (i, position) => html`<li
            key=${i}
            id=${`${id}-o${i}`}
            role="option"
            aria-selected=${position === at ? "true" : "false"}
            class=${position === at ? "el-multi-option el-active" : "el-multi-option"}
            onMouseDown=${(e: MouseEvent) => e.preventDefault()}
            onMouseMove=${() => position !== at && setActive(position)}
            onClick=${() => pick(i)}
          >${props.options[i]}</li>`,
        )}
        ${shown && menu.note && html`<li class="el-multi-note" role="option" aria-disabled="true" aria-selected="false">${menu.note}</li>`}
      </ul>
    </div>
  <//>`;
}
