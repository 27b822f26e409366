/** The app: its pages, in the order the sidebar lists them (the first is the home page). */
import { defineApp } from "edgelit";
import home from "./pages/index";

export default defineApp([home]);
