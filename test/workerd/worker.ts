/** The test Worker: the real Worker and session object, serving the test pages. */
import { createSessionClass } from "../../durable/session";
import { createWorker } from "../../worker/create-worker";
import testApp from "./pages";

export const SessionObject = createSessionClass(testApp);
export type TestSession = InstanceType<typeof SessionObject>;
export default createWorker(testApp);
