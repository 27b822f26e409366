/** The demo app's Worker, written as a user's app writes it (edgelit/worker). */
import { createApp } from "edgelit/worker";
import demo from "../app";

const edgelit = createApp(demo);
// Classes, as wrangler.toml binds them (and as `wrangler types` names them in Env).
export class SessionObject extends edgelit.SessionObject {}
export class AuditBacklog extends edgelit.AuditBacklog {}
export default edgelit.worker;
