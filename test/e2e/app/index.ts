/** The browser tests' app: the demo pages plus purpose-built test pages. */
import demo from "../../../app";
import { defineApp } from "../../../durable/st/app";
import inputs from "./inputs";
import columns from "./conformance/columns";
import container from "./conformance/container";
import empty from "./conformance/empty";
import expander from "./conformance/expander";
import expanderNested from "./conformance/expander-nested";
import expanderState from "./conformance/expander-state";
import sidebar, { sidebarCollapsed, sidebarExpanded } from "./conformance/sidebar";
import tabs from "./conformance/tabs";
import tabsSelection from "./conformance/tabs-selection";

export default defineApp([
  ...demo.pages,
  inputs,
  columns,
  container,
  empty,
  expander,
  expanderNested,
  expanderState,
  sidebar,
  sidebarExpanded,
  sidebarCollapsed,
  tabs,
  tabsSelection,
]);
