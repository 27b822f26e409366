/** The demo app's Worker, written as a user's app writes it (edgelit/worker). */
import { createApp } from "edgelit/worker";
import demo from "../app";

const { worker, SessionObject, AuditBacklog } = createApp(demo);
export { AuditBacklog, SessionObject };
export default worker;
