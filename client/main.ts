/**
 * The browser entry: wires the socket, the store and the view together. Nothing else
 * happens here — each piece lives in its own module, and every link between them is made
 * below, where it can be read (no module-level sinks plugged in from elsewhere).
 */
import { render } from "preact";
import { followHistory, navigate, showPage, showQuery } from "./state/address-bar";
import { forms } from "./state/forms";
import { Store } from "./state/store";
import { App } from "./view/app";
import { applyHead } from "./view/document-head";
import { html } from "./view/html";
import { syncRootClasses } from "./view/root-classes";
import { followDevBuild } from "./wire/dev-build";
import { Rows } from "./wire/rows";
import { sender } from "./wire/send";
import { parseServerMsg } from "./wire/server-msg";
import { freshSessionId, sessionId } from "./wire/session-id";
import { Socket } from "./wire/socket";

const root = document.getElementById("app")!;

const socket = new Socket({
  url: () =>
    `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/_stcore/stream` +
    `?session=${sessionId()}&page=${encodeURIComponent(location.pathname)}` +
    // the address bar's parameters: a link with them opens the page in that state
    (location.search.length > 1 ? `&qs=${encodeURIComponent(location.search.slice(1))}` : ""),
  text(data) {
    const msg = parseServerMsg(data);
    if (msg?.t === "hello") socket.greeted();
    if (msg && !rows.receive(msg)) store.receive(msg);
  },
  down: (refused) => {
    rows.down();
    store.down(refused);
  },
  expired: () => {
    freshSessionId();
    store.expired();
  },
});
const store = new Store({
  page: showPage,
  query: showQuery,
  desync: () => socket.restart(),
  resend: (msgs) => msgs.forEach((m) => socket.send(JSON.stringify(m))),
});
const send = sender(socket, store);
const rows = new Rows(socket);

store.subscribe(() => {
  syncRootClasses(root, store.state);
  applyHead(store.state);
});
followHistory(store, send);
render(
  html`<${App}
    store=${store}
    input=${{ send, forms: forms(send), rows }}
    navigate=${(path: string) => navigate(store, send, path)}
  />`,
  root,
);
socket.start();
followDevBuild((error) => store.buildFailed(error));
