/**
 * Keeping the address bar and the server's page in step. A click pushes a history entry
 * and asks the server for the page; Back/Forward ask for whatever page the URL now shows;
 * when the server moves (hello, run) the URL is replaced, not pushed.
 */
import type { Send } from "../wire/send";
import type { Store } from "./store";

/** Go to a page of the app (a page link was clicked). */
export function navigate(store: Store, send: Send, path: string): void {
  if (path !== location.pathname) history.pushState(null, "", path);
  store.navigate(path);
  send({ t: "nav", page: path });
}

/**
 * Back and Forward navigate too, with the entry's query parameters (a link clears them, as
 * in Streamlit: `navigate` above pushes the bare path and sends none).
 */
export function followHistory(store: Store, send: Send): void {
  addEventListener("popstate", () => {
    store.navigate(location.pathname);
    send({ t: "nav", page: location.pathname, qs: location.search.slice(1) });
  });
}

/** The page changed its query parameters: a history entry, as Streamlit makes one. */
export function showQuery(qs: string): void {
  if (qs === location.search.slice(1)) return;
  history.pushState(null, "", location.pathname + (qs ? `?${qs}` : "") + location.hash);
}

/** The server is on `path`: show it in the address bar without adding a history entry. */
export function showPage(path: string): void {
  if (path !== location.pathname) history.replaceState(history.state, "", path + location.search + location.hash);
}
