/** The browser tests' app: the demo pages plus purpose-built test pages. */
import demo from "../../../app";
import { defineApp } from "../../../durable/st/app";
import conformanceDateInput from "./conformance/date-input";
import conformanceForm from "./conformance/form";
import conformanceFormContainerAssociation from "./conformance/form-container-association";
import inputs from "./inputs";
import layout from "./layout";

export default defineApp([...demo.pages, inputs, layout, conformanceDateInput, conformanceForm, conformanceFormContainerAssociation]);
