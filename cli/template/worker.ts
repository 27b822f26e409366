/** The app as a Worker: its default export and the Durable Object classes wrangler.toml binds. */
import { createApp } from "edgelit/worker";
import app from "./app";

const { worker, SessionObject, AuditBacklog } = createApp(app);
export { AuditBacklog, SessionObject };
export default worker;
