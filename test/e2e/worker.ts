/** The browser tests' Worker: the real Worker and session object serving test/e2e/app. */
import { createSessionClass } from "../../durable/session";
import { createWorker } from "../../worker/create-worker";
import app from "./app";

export { AuditBacklog } from "../../durable/audit/backlog";
export const SessionObject = createSessionClass(app);
export default createWorker(app);
