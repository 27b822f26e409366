/**
 * Overlays: `popover(label)` — a container behind a button, its content in a floating panel —
 * and `dialog(title, body)` — a modal whose body runs as its own fragment of the page.
 *
 * A dialog is a widget whose value is whether it is open: stored like any widget value, so
 * it survives a refresh of the tab; the person closing it (Escape, ×, the backdrop, when
 * dismissible) sends `false`, which runs only the dialog's fragment. The page opens and
 * closes it with the handle `dialog` returns (Streamlit's `@st.dialog` decorator, adapted:
 * calling the decorated function is `handle.open()`).
 */
import type { BlockProps } from "../../protocol/elements";
import type { Path } from "../../protocol/tree";
import type { Container } from "./container";
import type { RunContext } from "./context";
import { AuthorError } from "./errors";
import { type FragmentRecord, type FragmentSt, runFragment } from "./fragment";
import { widgetId } from "./widgets/identity";
import { type Invalid, invalid } from "./widgets/kind";

export interface PopoverOptions {
  /** tooltip of the button */
  help?: string;
  /** the button can't be pressed */
  disabled?: boolean;
  /** the button as wide as its container */
  useContainerWidth?: boolean;
}

export interface DialogOptions {
  /** "small" (500 px, the default) or "large" (750 px) */
  width?: "small" | "large";
  /** the person may close it (Escape, the × button, a click on the backdrop); default true */
  dismissible?: boolean;
  /** a stable identity, unique on the page (default: its title and place) */
  key?: string;
}

/** What `dialog` returns: open it (from a button's handler or the page), close it, ask. */
export interface DialogHandle {
  /** Opens the dialog: its body runs once the page has run (this run, or its fragment's next run). */
  open(): void;
  /** Closes it (from the page, a callback or the dialog's own body). */
  close(): void;
  /** open now */
  readonly isOpen: boolean;
}

export interface OverlayApi {
  /**
   * A button that opens a floating panel with the container's content (Streamlit's
   * st.popover). Escape or a click outside closes it.
   * @example const p = st.popover("Settings"); const name = p.textInput("Name");
   */
  popover(label: string, opts?: PopoverOptions): Container;
  /**
   * A modal dialog; `body` runs as its own fragment while it is open (a widget in it re-runs
   * only the body). Open it from a button: `if (st.button("Vote")) await vote.open();`.
   * @example const vote = st.dialog("Cast your vote", (d) => { if (d.button("Submit")) vote.close(); });
   */
  dialog(title: string, body: (st: FragmentSt) => unknown, opts?: DialogOptions): DialogHandle;
}

/** A person may only close a dismissible dialog; nothing the browser sends opens one. */
export function validateDialog(spec: Record<string, unknown>, v: unknown): false | Invalid {
  if (v !== false) return invalid("a dialog can only be closed from the browser");
  if (spec.dismissible !== true) return invalid("this dialog is not dismissible");
  return false;
}

/** A dialog as this run drew it. */
export interface DialogEntry {
  id: string;
  path: Path;
  props: { id: string; label: string; width: "small" | "large"; dismissible: boolean };
  /** its fragment: draws the block and, when open, runs the body into it */
  record: FragmentRecord;
}

export const overlayApi = {
  popover(label, opts = {}) {
    const props: BlockProps["popover"] = { label: String(label) };
    if (opts.help) props.help = opts.help;
    if (opts.disabled) props.disabled = true;
    if (opts.useContainerWidth) props.wide = true;
    return this.block("popover", props);
  },
  dialog(title, body, opts = {}) {
    if (typeof body !== "function") throw new AuthorError("dialog: give it a body function, `st.dialog(title, (d) => { … })`.");
    const { ctx, scope } = this;
    if (scope.inDialog) throw new AuthorError("Dialogs may not be nested inside other dialogs.");
    const width = opts.width ?? "small";
    if (width !== "small" && width !== "large") throw new AuthorError(`dialog: width must be "small" or "large", not ${JSON.stringify(width)}.`);
    const label = String(title);
    const id = widgetId({ kind: "dialog", label, params: [], page: ctx.opts.page, scope, key: opts.key });
    if (ctx.dialogs.has(id) || (opts.key !== undefined && ctx.keys.has(opts.key))) {
      throw new AuthorError(`There are multiple dialogs titled "${label}"${opts.key !== undefined ? ` or keyed "${opts.key}"` : ""}: give each a unique key.`);
    }
    if (opts.key !== undefined) ctx.keys.add(opts.key);
    const props: DialogEntry["props"] = { id, label, width, dismissible: opts.dismissible ?? true };
    // drawn closed here; the run draws it open, body and all, once the page has run (settleDialogs)
    const { path } = this.block("dialog", { ...props, value: false });
    const entry: DialogEntry = {
      id,
      path,
      props,
      record: {
        id,
        path,
        scope: { ...scope, fragment: id, inDialog: true },
        fn: (st: FragmentSt) => {
          const now = st.ctx;
          register(now, entry);
          const open = now.stores.widgets[id] === true;
          now.place(path, dialogNode(props, open));
          if (!open) return;
          now.drawnOpen.add(id);
          return body(st);
        },
        ...(scope.fragment !== undefined ? { parent: scope.fragment } : {}),
      },
    };
    register(ctx, entry);
    const { stores } = ctx;
    const change = (open: boolean) => {
      stores.widgets[id] = open;
      // From a fragment's run that doesn't draw the dialog: its own fragment runs next.
      const now = stores.fragments.current;
      if (now && now.phase !== "done" && now.opts.fragmentRun && !now.opts.fragmentRun.has(id)) now.also.add(id);
    };
    return {
      open: () => change(true),
      close: () => change(false),
      get isOpen() {
        return stores.widgets[id] === true;
      },
    };
  },
} as OverlayApi & ThisType<Container>;

/** The dialog's widget (its open state), its fragment, and its place in this run. */
function register(ctx: RunContext, entry: DialogEntry): void {
  const { id, props } = entry;
  ctx.seen.add(id);
  ctx.dialogs.set(id, entry);
  ctx.fragmentsSeen.set(id, entry.record);
  if (ctx.opts.shadow) return;
  ctx.stores.meta[id] = { kind: "dialog", label: props.label, spec: { dismissible: props.dismissible }, fragment: id };
  if (typeof ctx.stores.widgets[id] !== "boolean") ctx.stores.widgets[id] = false;
}

function dialogNode(props: DialogEntry["props"], open: boolean) {
  return { k: "dialog", p: { ...props, value: open }, c: [] };
}

/**
 * After the page (or a fragment) has run: each dialog opened meanwhile runs its body, each
 * closed meanwhile (by the page, a callback or its own body) is emptied. A body runs after
 * the rest of the page, so it sees the state the whole run left (Streamlit runs it where
 * the decorated function is called; the tree is the same).
 */
export async function settleDialogs(ctx: RunContext): Promise<void> {
  for (let pass = 0; pass < 3; pass++) {
    let changed = false;
    for (const d of [...ctx.dialogs.values()]) {
      const open = ctx.stores.widgets[d.id] === true;
      if (open && !ctx.drawnOpen.has(d.id)) {
        changed = true;
        await runFragment(ctx, d.record);
      } else if (!open && ctx.drawnOpen.has(d.id)) {
        changed = true;
        ctx.drawnOpen.delete(d.id);
        ctx.place(d.path, dialogNode(d.props, false));
      }
    }
    if (!changed) return;
  }
}
