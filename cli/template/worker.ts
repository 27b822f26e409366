/** The app as a Worker: its default export and the Durable Object classes wrangler.toml binds. */
import { createApp } from "edgelit/worker";
import app from "./app";

const edgelit = createApp(app);
// Classes, as wrangler.toml binds them (and as `wrangler types` names them in Env).
export class SessionObject extends edgelit.SessionObject {}
export class AuditBacklog extends edgelit.AuditBacklog {}
export default edgelit.worker;
