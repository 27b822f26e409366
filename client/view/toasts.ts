/**
 * st.toast's place in the app: the stack's code is its own chunk (client/toast/stack.ts),
 * fetched the first time a page raises a toast, so pages without toasts never download it.
 */
import type { ToastEntry } from "../state/store";
import { html } from "./html";
import { lazyChunk } from "./lazy-chunk";

type Props = { toasts: readonly ToastEntry[]; close(id: string): void };

const useStack = lazyChunk<typeof import("../toast/stack")>("toast", () => import("../toast/stack"));

function Loaded(props: Props) {
  const { module } = useStack();
  return module ? html`<${module.ToastStack} ...${props} />` : null;
}

export function Toasts(props: Props) {
  return props.toasts.length ? html`<${Loaded} ...${props} />` : null;
}
