/**
 * Every node kind and the view that draws it — the client half of "one small file per
 * kind, registered in a table". The mapped types make a kind added to protocol/elements.ts
 * without a view here a type error, instead of an "unknown kind" note at runtime.
 */
import type { ComponentType } from "preact";
import type { BlockKind, BlockProps, ElementKind, ElementProps } from "../../protocol/elements";
import type { ViewProps } from "./view-props";

import { ChatMessage } from "./blocks/chat-message";
import { Column } from "./blocks/column";
import { Columns } from "./blocks/columns";
import { Container } from "./blocks/container";
import { Expander } from "./blocks/expander";
import { Form } from "./blocks/form";
import { Fragment } from "./blocks/fragment";
import { Dialog } from "./blocks/dialog";
import { Popover } from "./blocks/popover";
import { Root } from "./blocks/root";
import { Status } from "./blocks/status";
import { Tab } from "./blocks/tab";
import { Tabs } from "./blocks/tabs";
import { Alert } from "./elements/alert";
import { Caption } from "./elements/caption";
import { Code } from "./elements/code";
import { Dataframe } from "./elements/dataframe";
import { Divider } from "./elements/divider";
import { Empty } from "./elements/empty";
import { Exception } from "./elements/exception";
import { Header } from "./elements/header";
import { Image } from "./elements/image";
import { Json } from "./elements/json";
import { AreaChart, BarChart, LineChart, ScatterChart } from "./elements/chart";
import { Markdown } from "./elements/markdown";
import { Metric } from "./elements/metric";
import { Progress } from "./elements/progress";
import { Spinner } from "./elements/spinner";
import { Stream } from "./elements/stream";
import { Subheader } from "./elements/subheader";
import { Table } from "./elements/table";
import { Text } from "./elements/text";
import { Title } from "./elements/title";
import { VegaLiteChart } from "./elements/vega-lite-chart";
import { Button } from "./widgets/button";
import { ChatInput } from "./widgets/chat-input";
import { Checkbox } from "./widgets/checkbox";
import { DataEditor } from "./widgets/data-editor";
import { DateInput } from "./widgets/date-input";
import { DownloadButton } from "./widgets/download-button";
import { FileUploader } from "./widgets/file-uploader";
import { FormSubmitButton } from "./widgets/form-submit-button";
import { Multiselect } from "./widgets/multiselect";
import { NumberInput } from "./widgets/number-input";
import { Radio } from "./widgets/radio";
import { Selectbox } from "./widgets/selectbox";
import { SelectSlider } from "./widgets/select-slider";
import { Slider } from "./widgets/slider";
import { ColorPicker } from "./widgets/color-picker";
import { TextArea } from "./widgets/text-area";
import { TextInput } from "./widgets/text-input";
import { TimeInput } from "./widgets/time-input";
import { Toggle } from "./widgets/toggle";

type Views = { [K in ElementKind]: ComponentType<ViewProps<ElementProps[K]>> } & {
  [K in BlockKind]: ComponentType<ViewProps<BlockProps[K]>>;
};

const VIEWS: Views = {
  // elements
  title: Title,
  header: Header,
  subheader: Subheader,
  markdown: Markdown,
  caption: Caption,
  text: Text,
  code: Code,
  json: Json,
  dataframe: Dataframe,
  table: Table,
  divider: Divider,
  metric: Metric,
  alert: Alert,
  exception: Exception,
  spinner: Spinner,
  progress: Progress,
  empty: Empty,
  lineChart: LineChart,
  barChart: BarChart,
  areaChart: AreaChart,
  scatterChart: ScatterChart,
  vegaLiteChart: VegaLiteChart,
  image: Image,
  stream: Stream,
  // widgets
  button: Button,
  formSubmitButton: FormSubmitButton,
  checkbox: Checkbox,
  toggle: Toggle,
  radio: Radio,
  selectbox: Selectbox,
  multiselect: Multiselect,
  slider: Slider,
  selectSlider: SelectSlider,
  textInput: TextInput,
  textArea: TextArea,
  timeInput: TimeInput,
  colorPicker: ColorPicker,
  numberInput: NumberInput,
  dateInput: DateInput,
  fileUploader: FileUploader,
  downloadButton: DownloadButton,
  dataEditor: DataEditor,
  chatInput: ChatInput,
  // blocks
  root: Root,
  container: Container,
  columns: Columns,
  column: Column,
  expander: Expander,
  status: Status,
  tabs: Tabs,
  tab: Tab,
  form: Form,
  chatMessage: ChatMessage,
  fragment: Fragment,
  popover: Popover,
  dialog: Dialog,
};

/** A view whose props are known only at run time (the node's kind picks them; the table above checks each pair). */
// biome-ignore lint/suspicious/noExplicitAny: see above
type AnyView = ComponentType<ViewProps<any>>;

/** The view for a kind, or undefined for a kind this client does not know. */
export function viewOf(kind: string): AnyView | undefined {
  return Object.hasOwn(VIEWS, kind) ? (VIEWS[kind as keyof Views] as AnyView) : undefined;
}
