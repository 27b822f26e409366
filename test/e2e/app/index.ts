/** The browser tests' app: the demo pages plus purpose-built test pages. */
import demo from "../../../app";
import { defineApp } from "../../../durable/st/app";
import button from "./conformance/button";
import checkbox from "./conformance/checkbox";
import radio from "./conformance/radio";
import selectbox from "./conformance/selectbox";
import toggle from "./conformance/toggle";
import inputs from "./inputs";
import layout from "./layout";

export default defineApp([...demo.pages, inputs, layout, checkbox, toggle, radio, selectbox, button]);
