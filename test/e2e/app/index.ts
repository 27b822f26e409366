/** The browser tests' app: the demo pages plus purpose-built test pages. */
import demo from "../../../app";
import { defineApp } from "../../../durable/st/app";
import numberInput from "./conformance/number-input";
import slider from "./conformance/slider";
import textInput from "./conformance/text-input";
import inputs from "./inputs";
import layout from "./layout";

export default defineApp([...demo.pages, inputs, layout, slider, numberInput, textInput]);
