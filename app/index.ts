/** The demo app: the seed tutorial's example apps as pages. */
import { defineApp } from "edgelit";
import audit from "./pages/audit";
import caching from "./pages/caching";
import chat from "./pages/chat";
import dashboard from "./pages/dashboard";
import data from "./pages/data";
import operations from "./pages/operations";
import rerunModel from "./pages/rerun-model";

export default defineApp([rerunModel, dashboard, data, caching, audit, operations, chat]);
