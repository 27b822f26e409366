/**
 * The one way the page talks to the server, made once by main.ts from the socket and the
 * store and handed to the view (view/contexts.ts) — not a module-level sink that something
 * else must remember to plug in. Every message is numbered and shown by the store before it
 * leaves (protocol/input.ts). A message sent while the socket is down is dropped, not
 * queued — after reconnecting, the server's `hello` repaints with the values it holds, which
 * is the truth to start again from.
 */
import type { ClientMsg } from "../../protocol/messages";

/** Sends a message; false if it was dropped because the socket is not open. */
export type Send = (msg: ClientMsg) => boolean;

/** What `sender` needs of the socket (wire/socket.ts) and of the store (state/store.ts). */
interface Line {
  isOpen(): boolean;
  send(text: string): boolean;
}
interface Shown {
  input<M extends ClientMsg>(msg: M): M & { n: number };
  unsent(n: number): void;
}

export function sender(socket: Line, store: Shown): Send {
  return (msg) => {
    if (!socket.isOpen()) return false;
    const numbered = store.input(msg);
    if (socket.send(JSON.stringify(numbered))) return true;
    // it never left: stop showing it, or it would stay laid over the tree until the next hello
    store.unsent(numbered.n);
    return false;
  };
}
