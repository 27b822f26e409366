/** The Worker: the demo app's routes and its session Durable Object class. */
import demo from "../app";
export { AuditBacklog } from "../durable/audit/backlog";
import { createSessionClass } from "../durable/session";
import { createWorker } from "./create-worker";

export const SessionObject = createSessionClass(demo);
export default createWorker(demo);
