/** The browser tests' app: the demo pages plus purpose-built test pages. */
import demo from "../../../app";
import { defineApp } from "../../../durable/st/app";
import button from "./conformance/button";
import { areaChartPage, barChartPage, scatterChartPage } from "./conformance/charts";
import { chatInputPage, chatMessagePage, writeStreamPage } from "./conformance/chat";
import checkbox from "./conformance/checkbox";
import columns from "./conformance/columns";
import container from "./conformance/container";
import { bigTable, columnConfigPage, selections, table } from "./conformance/dataframe";
import dataEditor from "./conformance/data-editor";
import dateInput from "./conformance/date-input";
import empty from "./conformance/empty";
import expander from "./conformance/expander";
import expanderNested from "./conformance/expander-nested";
import expanderState from "./conformance/expander-state";
import form from "./conformance/form";
import formContainerAssociation from "./conformance/form-container-association";
import multiselect from "./conformance/multiselect";
import numberInput from "./conformance/number-input";
import radio from "./conformance/radio";
import selectSlider from "./conformance/select-slider";
import selectbox from "./conformance/selectbox";
import slider from "./conformance/slider";
import sidebar, { sidebarCollapsed, sidebarExpanded } from "./conformance/sidebar";
import tabs from "./conformance/tabs";
import tabsSelection from "./conformance/tabs-selection";
import textArea from "./conformance/text-area";
import textInput from "./conformance/text-input";
import timeColor from "./conformance/time-color";
import { downloadButtonPage, fileUploaderPage, imagePage } from "./conformance/files";
import toggle from "./conformance/toggle";
import { progressPage, queryParamsOther, queryParamsPage, statusPage, toastPage } from "./conformance/feedback";
import vegaLiteChart from "./conformance/vega-lite-chart";
import inputs from "./inputs";
import { fragmentBasics, fragmentMultiple, fragmentRunEvery } from "./conformance/fragment";
import { dialogPage, popoverPage } from "./conformance/overlays";

export default defineApp([
  ...demo.pages,
  inputs,
  // Streamlit's own e2e_playwright apps, one page each (test/e2e/conformance/)
  checkbox,
  toggle,
  radio,
  selectbox,
  multiselect,
  button,
  slider,
  selectSlider,
  numberInput,
  textInput,
  textArea,
  timeColor,
  fileUploaderPage,
  downloadButtonPage,
  imagePage,
  dateInput,
  dataEditor,
  form,
  formContainerAssociation,
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
  selections,
  columnConfigPage,
  table,
  bigTable,
  progressPage,
  toastPage,
  statusPage,
  queryParamsPage,
  queryParamsOther,
  barChartPage,
  areaChartPage,
  scatterChartPage,
  vegaLiteChart,
  chatInputPage,
  chatMessagePage,
  writeStreamPage,
  fragmentBasics,
  fragmentMultiple,
  fragmentRunEvery,
  dialogPage,
  popoverPage,
]);
