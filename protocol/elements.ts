/**
 * Props of every node kind, by kind: the contract between an element's server file
 * (durable/st/…) and its client file (client/view/elements/… or client/view/widgets/…), which
 * share its name. Keys are short where they travel on every run.
 *
 * Markdown is rendered to safe HTML in the Durable Object (props named `html`); the
 * browser never parses markdown, which keeps the client small.
 */

import type { Cell, ColumnDesc } from "./data";
import type { CellValue, EditDelta } from "./edit-delta";

export type AlertKind = "success" | "info" | "warning" | "error";
export type DeltaColor = "normal" | "inverse" | "off";
export type StatusState = "running" | "complete" | "error";

/** Common to every widget: its id (the value key on the wire) and accessible label. */
export interface WidgetBase {
  id: string;
  label: string;
  /** tooltip text */
  help?: string;
  disabled?: boolean;
  /** id of the enclosing form: the browser buffers the value until the form is submitted */
  form?: string;
}

/** An upload a file uploader holds, as the browser lists it. */
export interface UploadedFileInfo {
  id: string;
  name: string;
  size: number;
}

/** One series of a chart, in x order. */
export interface Series {
  name: string;
  /** y values; null marks a gap */
  y: (number | null)[];
}

/**
 * How bars or areas of one x combine, as Streamlit's `stack`: on top of each other (true),
 * grouped side by side (false; areas overlap), overlapping ("layered"), stacked to 100%
 * ("normalize"), or stacked around zero ("center", a streamgraph).
 */
export type ChartStack = boolean | "normalize" | "center" | "layered";

/** What every chart drawn by edgelit's own chart code (not Vega-Lite) carries. */
export interface ChartProps {
  /** x values: numbers, or ISO dates / labels shown as they are */
  x: (number | string)[];
  xKind: "number" | "date" | "category";
  series: Series[];
  /** one "#rrggbb" per series, in place of the palette */
  colors?: string[];
  /** the accessible name, in place of the generated summary */
  alt?: string;
  xLabel?: string;
  yLabel?: string;
  height: number;
}

export interface ElementProps {
  title: { text: string };
  header: { text: string; divider?: boolean };
  subheader: { text: string; divider?: boolean };
  markdown: { html: string };
  caption: { html: string };
  text: { text: string };
  code: { code: string; language?: string };
  json: { value: unknown; expanded: boolean };
  divider: Record<string, never>;
  metric: { label: string; value: string; delta?: string; deltaColor: DeltaColor; help?: string };
  alert: { kind: AlertKind; html: string; icon?: string };
  exception: { name: string; message: string; stack: string[] };
  spinner: { text: string };
  /** a bar, `value` a whole percentage 0–100; `html`: its label (inline markdown) */
  progress: { value: number; html?: string };
  /** a placeholder that has not been written yet */
  empty: Record<string, never>;
  /**
   * `st.writeStream`'s text while it is still arriving: tokens are appended to `text` (the
   * APPEND op) and shown as plain text; once the stream ends the node becomes markdown.
   */
  stream: { text: string };
  /**
   * A virtualised table over rows kept in the session object: its columns, its size, the
   * id of its data (a content hash: the same data is the same id, so a rerun sends nothing)
   * and the first window of rows. More windows come by `rows` messages. With `select` it is
   * a widget: `value` holds the selected rows' original indices.
   */
  dataframe: {
    data: string;
    cols: ColumnDesc[];
    count: number;
    rows: Cell[][];
    height?: number;
    hideIndex?: true;
    select?: "rows" | "row";
    id?: string;
    label?: string;
    value?: number[];
    disabled?: boolean;
    form?: string;
    help?: string;
  };
  /** a static table: every row in props (capped) */
  table: { cols: ColumnDesc[]; rows: Cell[][]; hideIndex?: true };
  lineChart: ChartProps;
  /** stack: bars of one x on top of each other (true), side by side (false), see ChartStack */
  barChart: ChartProps & { stack: ChartStack; horizontal?: true };
  /** stack: areas on top of each other (true), overlapping (false or "layered"), see ChartStack */
  areaChart: ChartProps & { stack: ChartStack };
  /** size: every point's area in px², or a column whose values scale the points' areas */
  /** shade: a numeric colour column, each point shaded by its value on a sequential scale */
  scatterChart: ChartProps & { size?: number | { name: string; v: (number | null)[] }; shade?: { name: string; v: (number | null)[] } };
  /** a Vega-Lite spec drawn by vega-lite itself; `theme` null: the spec's own look, not the app's */
  vegaLiteChart: { spec: Record<string, unknown>; height?: number; theme: "streamlit" | null };
  /** an image: an http(s) URL, or the session's media (a hash or an upload's id) served by /_stcore/media */
  image: { src?: string; media?: string; caption?: string; width?: number };

  // widgets — `value` is the server's current value in its wire form
  /**
   * A chat box; `label` is its placeholder (and accessible name). It sends the text on
   * Enter, and the page sees it for that one run (a trigger, like a button): no `value`.
   * `bottom`: written straight into the main area, so pinned to the bottom of the page.
   */
  chatInput: WidgetBase & { maxChars?: number; bottom?: true };
  button: WidgetBase & { kind: "primary" | "secondary" };
  formSubmitButton: WidgetBase & { kind: "primary" | "secondary" };
  checkbox: WidgetBase & { value: boolean };
  toggle: WidgetBase & { value: boolean };
  /** options are display strings; the wire value is the selected index (null: none) */
  radio: WidgetBase & { options: string[]; value: number | null; horizontal?: boolean };
  /** `clearable`: it started with no choice (`index: null`), so the person may clear it again (Streamlit) */
  selectbox: WidgetBase & { options: string[]; value: number | null; placeholder?: string; clearable?: boolean };
  /** options are display strings; the wire value is the chosen indices, in the order chosen */
  multiselect: WidgetBase & { options: string[]; value: number[]; maxSelections?: number; placeholder?: string };
  slider: WidgetBase & {
    min: number;
    max: number;
    step: number;
    value: number | [number, number];
  };
  /** a slider over the options' positions: an index, or [i, j] with i ≤ j for a range */
  selectSlider: WidgetBase & { options: string[]; value: number | [number, number] };
  textInput: WidgetBase & {
    /** null: started empty (`value: null`) and nothing typed yet */
    value: string | null;
    placeholder?: string;
    maxChars?: number;
    password?: boolean;
  };
  /** several lines; `height` in pixels */
  textArea: WidgetBase & {
    value: string | null;
    placeholder?: string;
    maxChars?: number;
    height?: number;
  };
  /** "HH:MM"; `step` in seconds; `clearable`: it started with no time */
  timeInput: WidgetBase & { value: string | null; step: number; clearable: boolean };
  /** "#rrggbb" */
  colorPicker: WidgetBase & { value: string };
  /**
   * The wire value is the list of upload ids the widget holds; `files` describes them.
   * `types`: allowed extensions (".csv"); `maxBytes`: the cap per file.
   */
  fileUploader: WidgetBase & {
    value: string[];
    files: UploadedFileInfo[];
    types: string[];
    multiple: boolean;
    maxBytes: number;
  };
  /**
   * A link to the session's media (`media`: its hash; unset while the data is being made).
   * `rerun`: it has an onClick, so a click is also sent as a press.
   */
  downloadButton: WidgetBase & { kind: "primary" | "secondary"; fileName: string; media?: string; size?: number; rerun: boolean };
  numberInput: WidgetBase & {
    value: number | null;
    min?: number;
    max?: number;
    step: number;
    integer: boolean;
    placeholder?: string;
    /** started empty (`value: null`): it may be emptied again (Escape or deleting the text) */
    clearable?: boolean;
  };
  /**
   * A table the person edits: the page's rows (cells as they travel) and the edits so far
   * as `value`. `dynamic`: rows may be added and deleted. Only shown columns travel.
   */
  dataEditor: WidgetBase & {
    columns: EditorColumn[];
    rows: CellValue[][];
    value: EditDelta;
    dynamic: boolean;
    /** show the row positions as a first column */
    index: boolean;
    /** `label` was given (else it only names the grid for assistive technology) */
    showLabel: boolean;
  };
  /** ISO dates (YYYY-MM-DD); a range is a list of 0–2 dates */
  dateInput: WidgetBase & {
    value: string | null | string[];
    range: boolean;
    min?: string;
    max?: string;
    /** a person can empty it: it may be null, or it is a range */
    clearable?: boolean;
  };
}

/** A data editor column as the browser draws and edits it. */
export interface EditorColumn {
  /** the key in the page's data (what the edits name) */
  name: string;
  /** the header, when it differs from the name */
  label?: string;
  help?: string;
  type: EditorColumnType;
  /** false: shown, not editable (disabled, or a column of values it can't edit) */
  editable: boolean;
  /** a value is needed: empty is refused */
  required?: boolean;
  min?: number;
  max?: number;
  /** a number column of whole numbers */
  integer?: boolean;
  /** the choices of a "select" column */
  options?: (string | number | boolean)[];
}

export type EditorColumnType = "number" | "text" | "checkbox" | "select" | "date";

export interface BlockProps {
  /** a root container (main, sidebar) */
  root: Record<string, never>;
  /** a plain vertical container */
  container: { border?: boolean };
  columns: { gap: "small" | "medium" | "large" };
  column: { weight: number };
  expander: { label: string; expanded: boolean };
  /** st.status: an expander whose icon says how the work it holds is going */
  status: { label: string; state: StatusState; expanded: boolean };
  tabs: { labels: string[] };
  tab: { label: string };
  /**
   * With clearOnSubmit the browser resets the form's drafts when it submits (as Streamlit
   * does); the server's run sees the submitted values and renders the defaults.
   */
  form: { id: string; clearOnSubmit: boolean; border: boolean; enterToSubmit?: false };
  /**
   * One message of a conversation: `name` (its role: "user", "assistant" or any name) names
   * it for assistive technology; the avatar is the role's icon, an emoji or letter, or an image.
   */
  chatMessage: { name: string; avatar: ChatAvatar };
  /** st.fragment: a part of the page that re-runs on its own (the browser draws its children) */
  fragment: { id?: string };
  /** a button opening a floating panel with the children; `wide`: the button fills its container */
  popover: { label: string; help?: string; disabled?: true; wide?: true };
  /**
   * A modal dialog and its own fragment; a widget whose value is whether it is open (the
   * browser sends `false` when the person closes a dismissible one)
   */
  dialog: { id: string; label: string; width: "small" | "large"; dismissible: boolean; value: boolean };
}

/** What a chat message shows as its avatar. */
export type ChatAvatar = { icon: "user" | "assistant" } | { text: string } | { src: string };

export type ElementKind = keyof ElementProps;
export type BlockKind = keyof BlockProps;
export type WidgetKind =
  | "button"
  | "formSubmitButton"
  | "checkbox"
  | "toggle"
  | "radio"
  | "selectbox"
  | "multiselect"
  | "slider"
  | "selectSlider"
  | "textInput"
  | "textArea"
  | "timeInput"
  | "colorPicker"
  | "numberInput"
  | "dateInput"
  | "dataframe"
  | "fileUploader"
  | "downloadButton"
  | "dataEditor"
  | "chatInput"
  | "dialog";

/** The wire form of a widget value, as the browser sends it. */
export type WireValue = boolean | number | string | null | (number | string)[] | EditDelta;

export interface PageConfig {
  title?: string;
  icon?: string;
  layout: "centered" | "wide";
  sidebar: "auto" | "expanded" | "collapsed";
}

export interface PageInfo {
  path: string;
  title: string;
  icon?: string;
}
