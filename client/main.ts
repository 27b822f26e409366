/**
 * The browser entry: wires the socket, the store and the view together. Nothing else
 * happens here — each piece lives in its own module.
 */
import { render } from "preact";
import { followHistory, navigate, showPage } from "./state/address-bar";
import { Store } from "./state/store";
import { App } from "./view/app";
import { applyHead } from "./view/document-head";
import { html } from "./view/html";
import { syncRootClasses } from "./view/root-classes";
import { revertDraft } from "./view/use-widget";
import { followDevBuild } from "./wire/dev-build";
import { connectSender } from "./wire/send";
import { parseServerMsg } from "./wire/server-msg";
import { freshSessionId, sessionId } from "./wire/session-id";
import { Socket } from "./wire/socket";

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
