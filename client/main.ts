/**
 * The browser entry: wires the socket, the store and the view together. Nothing else
 * happens here — each piece lives in its own module.
 */
import { render } from "preact";
import { App } from "./app";
import { applyHead } from "./document-head";
import { html } from "./html";
import { followHistory, navigate, showPage } from "./navigation";
import { syncRootClasses } from "./root-classes";
import { connectSender } from "./send";
import { parseServerMsg } from "./server-msg";
import { freshSessionId, sessionId } from "./session-id";
import { Socket } from "./socket";
import { Store } from "./store";
import { revertDraft } from "./widget-state";

const root = document.getElementById("app")!;

const socket = new Socket({
  url: () =>
    `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/_stcore/stream` +
    `?session=${sessionId()}&page=${encodeURIComponent(location.pathname)}`,
  text(data) {
    const msg = parseServerMsg(data);
    if (msg?.t === "hello") socket.greeted();
    if (msg?.t === "error" && msg.id) revertDraft(msg.id);
    if (msg) store.receive(msg);
  },
  down: (refused) => store.down(refused),
  expired: () => void freshSessionId(),
});
const store = new Store({ page: showPage, desync: () => socket.restart() });

connectSender((text) => socket.send(text));
store.subscribe(() => {
  syncRootClasses(root, store.state);
  applyHead(store.state);
});
followHistory(store);
render(html`<${App} store=${store} navigate=${(path: string) => navigate(store, path)} />`, root);
socket.start();
