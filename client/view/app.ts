/**
 * The root component: subscribes to the store and lays out the app — connection banner,
 * running indicator, sidebar (when it has output or there are several pages), the main
 * column, and the refusal notice.
 */
import { useLayoutEffect, useState } from "preact/hooks";
import type { Node } from "../../protocol/tree";
import type { Store } from "../state/store";
import { type Input, InputContext, OfflineContext, StaleContext } from "./contexts";
import { html } from "./html";
import { RenderNode } from "./render-node";
import { Sidebar } from "./sidebar";
import { BuildError, ConnectionBanner, DevIdentity, Notice, RunningIndicator } from "./status";
import { Toasts } from "./toasts";

export function App({ store, input, navigate }: { store: Store; input: Input; navigate(path: string): void }) {
  const [state, setState] = useState(store.state);
  // Subscribe right after the first render, and catch up on anything that came before it.
  useLayoutEffect(() => {
    setState(store.state);
    return store.subscribe(() => setState(store.state));
  }, [store]);
  const [main, sidebar] = state.tree.roots;
  const hasSidebar = state.pages.length > 1 || (sidebar.c?.length ?? 0) > 0;

  return html`<${StaleContext.Provider} value=${(node: Node) => store.isStale(node)}>
    <${InputContext.Provider} value=${input}>
      <${OfflineContext.Provider} value=${state.conn !== "open"}>
        <${ConnectionBanner} state=${state} />
        <${RunningIndicator} running=${state.running !== null} />
        <div class="el-layout">
          ${hasSidebar &&
          html`<${Sidebar}
            root=${sidebar}
            mode=${state.config.sidebar}
            pages=${state.pages}
            current=${state.page}
            navigate=${navigate}
          />`}
          <main class="el-main">
            <div class="el-content"><${BuildError} text=${state.buildError} /><${RenderNode} node=${main} /></div>
          </main>
        </div>
        <${Notice} text=${state.notice} onDismiss=${() => store.dismissNotice()} />
        <${Toasts} toasts=${state.toasts} close=${(id: string) => store.dismissToast(id)} />
        <${DevIdentity} who=${state.who} />
      <//>
    <//>
  <//>`;
}
