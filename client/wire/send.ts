/**
 * The one way components talk to the server. main.ts plugs the socket and the store in:
 * every message is numbered and shown by the store before it leaves (protocol/input.ts). A
 * message sent while the socket is down is dropped, not queued — after reconnecting, the
 * server's `hello` repaints with the values it holds, which is the truth to start again from.
 */
import type { ClientMsg } from "../../protocol/messages";

let sink: (msg: ClientMsg) => boolean = () => false;

export function connectSender(fn: (msg: ClientMsg) => boolean): void {
  sink = fn;
}

/** Sends a message; false if it was dropped because the socket is not open. */
export function send(msg: ClientMsg): boolean {
  return sink(msg);
}
