/**
 * The browser entry: wires the socket, the store and the view together. Nothing else
 * happens here — each piece lives in its own module.
 */
import { render } from "preact";
import { App } from "./app";
import { followDevBuild } from "./dev-build";
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
  expired: () => {
    freshSessionId();
    store.expired();
  },
});
const store = new Store({
  page: showPage,
  desync: () => socket.restart(),
  resend: (msgs) => msgs.forEach((m) => socket.send(JSON.stringify(m))),
});

connectSender((msg) => {
  if (!socket.isOpen()) return false;
  const numbered = store.input(msg);
  if (socket.send(JSON.stringify(numbered))) return true;
  store.unsent(numbered.n);
  return false;
});
store.subscribe(() => {
  syncRootClasses(root, store.state);
  applyHead(store.state);
});
followHistory(store);
render(html`<${App} store=${store} navigate=${(path: string) => navigate(store, path)} />`, root);
socket.start();
followDevBuild((error) => store.buildFailed(error));
