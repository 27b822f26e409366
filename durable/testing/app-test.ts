/**
 * AppTest (Streamlit's `st.testing.v1.AppTest`): a page run headlessly, in a plain vitest
 * test, in milliseconds. It is a session without a socket: the same run (`executeRun`: the
 * callbacks, the page, the diff), the same `st`, and the same boundary check a browser's
 * input passes (`toRunInput`) — so a value the page would refuse from a browser is refused
 * here too. What the page drew is read from the tree the browser would show.
 *
 * @example
 * const at = await AppTest.run(temperaturePage);
 * await at.slider("Set temperature (°C)").set(40).run();
 * expect(at.metric("Temperature in Fahrenheit").value).toBe("104.0 °F");
 * expect(at.warning[0]?.value).toMatch(/dangerously hot/);
 */
import type { ChatAvatar, WireValue } from "../../protocol/elements";
import type { ClientMsg, RunStatus, ServerMsg } from "../../protocol/messages";
import { emptyTree, type Node } from "../../protocol/tree";
import { devIdentity, type Identity } from "../../platform/identity";
import type { AuditEvent } from "../audit/event";
import { bindCacheStore } from "../cache/store";
import { toRunInput } from "../inbound";
import { DEFAULT_CONFIG, executeRun, type RunSession } from "../run";
import { coalesce, emptyInput, type RunInput } from "../runner";
import { type App, defineApp, type PageDef, pageInfos } from "../st/app";
import type { SessionStores } from "../st/context";
import { noFragments } from "../st/fragment";
import { SessionState } from "../st/state";
import { DataShelf, namedData } from "../data/shelf";
import { DataframeHandle } from "./dataframe-handle";
import { MemoryKv } from "../files/kv";
import { SessionFiles } from "../files/store";
import { DownloadHandle, FileUploaderHandle } from "./file-handles";
import { type ChartRead, readChart, readVegaLite, type VegaLiteRead } from "./chart-read";
import { DataEditorHandle } from "./data-editor-handle";
import { DialogView, FragmentHandle } from "./fragment-handle";
import { WidgetHandle, type WidgetInput } from "./widget-handle";
import { alertsOf, type ElementView, flatten, textOf } from "./read";
import { parseQuery, queryProblem } from "../../protocol/query";

export interface AppTestOptions {
  /** the page to open (default: the app's home page) */
  path?: string;
  /** who `st.user` is (default: a local-development user, apptest@localhost) */
  user?: Identity;
  /**
   * bindings, when the test runs inside workerd (vitest-pool-workers' `env`): `CACHE` makes
   * cacheData use Workers KV behind its memory, as a session does. Plain Node: memory only.
   * Every binding is the page's `st.env` (an `AI` stand-in, say).
   */
  env?: { CACHE?: KVNamespace } & object;
  /** the query string the page is opened with, as a link's (`"tab=sales&region=EU"`) */
  query?: string;
}

/** A toast as a person reads it. */
export interface ToastView {
  text: string;
  icon: string | undefined;
  /** how long it stays, in ms (null: until closed) */
  ms: number | null;
}

/** A chat message as AppTest reads it: its author's name, its avatar, what was written in it. */
export interface ChatMessageView {
  name: string;
  avatar: ChatAvatar;
  /** the elements inside, in order (`.value`: their text) */
  elements: ElementView[];
  /** the text of everything inside, one element a line */
  text: string;
}

/** Consecutive reruns one `run()` follows before it stops, as a session does. */
const MAX_RUNS = 100;

export class AppTest {
  /** the status of the last run: ok, error, stopped, interrupted */
  status: RunStatus | null = null;
  /** audit events recorded by the runs so far (st.audit and automatic ones) */
  readonly auditEvents: AuditEvent[] = [];
  private readonly session: RunSession;
  private readonly stores: SessionStores;
  private pending: RunInput | null = null;
  /** the session's storage for uploads and media (memory) */
  private readonly kv = new MemoryKv();
  private n = 0;
  private raised: (ToastView & { id: string })[] = [];

  private constructor(
    private readonly app: App,
    path: string,
    private readonly user: Identity,
    private readonly env: Readonly<Record<string, unknown>> | undefined,
  ) {
    this.session = { id: "apptest", page: path, tree: emptyTree(), ack: 0, config: { ...DEFAULT_CONFIG }, run: 0, query: "" };
    this.stores = { widgets: {}, meta: {}, state: new SessionState({}), callbacks: new Map(), files: SessionFiles.empty(this.kv), data: new DataShelf(), fragments: noFragments() };
  }

  /** Runs `target` (a page, or an app and one of its pages) once and returns the test. */
  static async run(target: App | PageDef, opts: AppTestOptions = {}): Promise<AppTest> {
    const app = "pages" in target ? target : defineApp([target]);
    const path = opts.path ?? app.home.path;
    if (!app.find(path)) throw new Error(`AppTest: the app has no page at ${JSON.stringify(path)}.`);
    bindCacheStore(opts.env?.CACHE);
    const at = new AppTest(app, path, opts.user ?? devIdentity("apptest@localhost"), opts.env as Readonly<Record<string, unknown>> | undefined);
    if (opts.query !== undefined) {
      const problem = queryProblem(opts.query);
      if (problem) throw new Error(`AppTest: ${problem}.`);
      at.pending = { ...at.checked({ t: "rerun" }), query: opts.query };
    }
    return at.run();
  }

  /** Runs the page with the input given since the last run (a rerun when there is none). */
  async run(): Promise<this> {
    let input = this.pending ?? this.checked({ t: "rerun" });
    this.pending = null;
    this.raised = [];
    for (let runs = 0; runs < MAX_RUNS; runs++) {
      const result = await executeRun(
        {
          app: this.app,
          pages: pageInfos(this.app),
          session: this.session,
          stores: this.stores,
          user: this.user.email,
          identity: this.user,
          context: { headers: {}, cookies: {} },
          ...(this.env ? { env: this.env } : {}),
          send: (msg: ServerMsg) => {
            if (msg.t === "done") this.status = msg.status ?? "ok";
            if (msg.t === "done" || msg.t === "delta") {
              for (const t of msg.toasts ?? []) {
                // an update (`msg.toast(…)`) replaces its toast, as the browser shows it
                const view = { id: t.id, text: textOf(t.html), icon: t.icon, ms: t.ms };
                const at = this.raised.findIndex((r) => r.id === t.id);
                if (at >= 0) this.raised[at] = view;
                else this.raised.push(view);
              }
            }
          },
        },
        input,
        () => {},
      );
      this.runs[result.fragmentRun ? "fragment" : "page"] += 1;
      this.auditEvents.push(...(result.events ?? []));
      // as the session does after each run: data no table names is forgotten
      await this.stores.data.sync(null, namedData(this.session.tree.roots));
      if (!result.next) break;
      input = result.next;
    }
    return this;
  }

  /**
   * Opens another page of the app, as a link does (without query parameters), and runs it;
   * `query`: as Back or Forward would, with that entry's query string.
   */
  switchPage(path: string, opts: { query?: string } = {}): Promise<this> {
    this.give({ t: "nav", page: path, ...(opts.query !== undefined ? { qs: opts.query } : {}) });
    return this.run();
  }

  /** The query parameters the address bar shows now: a key given several times holds the list. */
  get queryParams(): Record<string, string | string[]> {
    return Object.fromEntries(parseQuery(this.session.query));
  }

  /** The address bar's query string now (no "?"). */
  get queryString(): string {
    return this.session.query;
  }

  /** The toasts the last `run()` raised, oldest first. */
  get toast(): ToastView[] {
    return this.raised.map(({ id: _, ...view }) => view);
  }

  /** Progress bars, in order: `value` is the percentage, `node.p.html` the label. */
  get progress(): ElementView[] {
    return this.get("progress");
  }

  /**
   * The status container (`st.status`) with this label: its state, whether it is open, and
   * the elements inside it. (`at.status` is the last run's status, as in Streamlit.)
   */
  statusContainer(label: string): { label: string; state: string; expanded: boolean; elements: ElementView[] } {
    const node = this.byLabel("status", label);
    const p = node.p as { state: string; expanded: boolean };
    return { label, state: p.state, expanded: p.expanded, elements: flatten({ roots: [node, { k: "root", p: {}, c: [] }] }) };
  }

  /** The page's session state (`st.sessionState`), to read or to set before a run. */
  get sessionState(): SessionState {
    return this.stores.state;
  }

  /** The page shown now. */
  get page(): string {
    return this.session.page;
  }

  /** Every element drawn, main area then sidebar, in order. */
  get elements(): ElementView[] {
    return flatten(this.session.tree);
  }

  /** Elements of one kind (`"text"`, `"dataframe"`, `"lineChart"`, …), in order. */
  get(kind: string): ElementView[] {
    return this.elements.filter((e) => e.kind === kind);
  }

  get title(): ElementView[] { return this.get("title"); }
  get header(): ElementView[] { return this.get("header"); }
  get subheader(): ElementView[] { return this.get("subheader"); }
  get markdown(): ElementView[] { return this.get("markdown"); }
  get caption(): ElementView[] { return this.get("caption"); }
  get text(): ElementView[] { return this.get("text"); }
  get success(): ElementView[] { return alertsOf(this.elements, "success"); }
  get info(): ElementView[] { return alertsOf(this.elements, "info"); }
  get warning(): ElementView[] { return alertsOf(this.elements, "warning"); }
  get error(): ElementView[] { return alertsOf(this.elements, "error"); }
  get exception(): ElementView[] { return this.get("exception"); }

  /** Charts of each kind, in order, as they read: `at.barChart[0].series.Revenue`. */
  get lineChart(): ChartRead[] { return this.get("lineChart").map((e) => readChart(e.node)); }
  get barChart(): ChartRead[] { return this.get("barChart").map((e) => readChart(e.node)); }
  get areaChart(): ChartRead[] { return this.get("areaChart").map((e) => readChart(e.node)); }
  get scatterChart(): ChartRead[] { return this.get("scatterChart").map((e) => readChart(e.node)); }
  get vegaLiteChart(): VegaLiteRead[] { return this.get("vegaLiteChart").map((e) => readVegaLite(e.node)); }

  /** The metric with this label: `{ label, value, delta }`. */
  metric(label: string): { label: string; value: string; delta: string | undefined } {
    const node = this.byLabel("metric", label);
    return { label, value: String(node.p.value), delta: node.p.delta as string | undefined };
  }

  button(label: string): WidgetHandle { return this.widget("button", label); }
  formSubmitButton(label: string): WidgetHandle { return this.widget("formSubmitButton", label); }
  checkbox(label: string): WidgetHandle { return this.widget("checkbox", label); }
  toggle(label: string): WidgetHandle { return this.widget("toggle", label); }
  radio(label: string): WidgetHandle { return this.widget("radio", label); }
  selectbox(label: string): WidgetHandle { return this.widget("selectbox", label); }
  multiselect(label: string): WidgetHandle { return this.widget("multiselect", label); }
  slider(label: string): WidgetHandle { return this.widget("slider", label); }
  selectSlider(label: string): WidgetHandle { return this.widget("selectSlider", label); }
  textInput(label: string): WidgetHandle { return this.widget("textInput", label); }
  textArea(label: string): WidgetHandle { return this.widget("textArea", label); }
  numberInput(label: string): WidgetHandle { return this.widget("numberInput", label); }
  dateInput(label: string): WidgetHandle { return this.widget("dateInput", label); }
  timeInput(label: string): WidgetHandle { return this.widget("timeInput", label); }
  colorPicker(label: string): WidgetHandle { return this.widget("colorPicker", label); }
  /** A chat input, by its placeholder: `await at.chatInput("Say something").set("Hi").run()` submits "Hi". */
  chatInput(placeholder: string): WidgetHandle { return this.widget("chatInput", placeholder); }

  /** The chat messages, in order (nested ones too), with what was written in each. */
  get chatMessage(): ChatMessageView[] {
    return this.get("chatMessage").map(({ node }) => {
      const elements = flatten({ roots: [node, { k: "root", p: {}, c: [] }] });
      return {
        name: node.p.name as string,
        avatar: node.p.avatar as ChatAvatar,
        elements,
        text: elements.map((e) => (typeof e.value === "string" ? e.value : "")).filter((t) => t !== "").join("\n"),
      };
    });
  }

  /**
   * The dataframe at this position (0: the first on the page) or with this key: its full
   * data, its columns as configured, its selection.
   */
  dataframe(which: number | string = 0): DataframeHandle {
    const all = this.get("dataframe");
    const found = typeof which === "number" ? all[which] : all.find((e) => this.stores.meta[e.node.p.id as string]?.key === which);
    if (!found) throw new Error(`AppTest: no dataframe ${JSON.stringify(which)} on ${this.page} (there are ${all.length}).`);
    const dataset = this.stores.data.peek(found.node.p.data as string);
    if (!dataset) throw new Error("AppTest: the dataframe's data is not kept (this is a bug in edgelit).");
    return new DataframeHandle(found.node, dataset, this, this.widgetInput);
  }

  /** A static table's rows, as drawn: `{ columns, rows }`. */
  table(index = 0): { columns: string[]; rows: unknown[][] } {
    const found = this.get("table")[index];
    if (!found) throw new Error(`AppTest: no table ${index} on ${this.page}.`);
    return { columns: (found.node.p.cols as { name: string }[]).map((c) => c.name), rows: found.node.p.rows as unknown[][] };
  }

  /** A file uploader: `await at.fileUploader("…").upload({ name, type, bytes })`, then `await at.run()`. */
  fileUploader(label: string): FileUploaderHandle {
    return new FileUploaderHandle(this.byLabel("fileUploader", label), this, this.stores.files, (id) => this.stores.meta[id], this.widgetInput);
  }

  /** A download button: `await at.downloadButton("…").text()` is what a click downloads. */
  downloadButton(label: string): DownloadHandle {
    return new DownloadHandle(this.byLabel("downloadButton", label), this.stores.files, this.widget("downloadButton", label));
  }

  /** Images, in order (`node.p`: `src` for a URL, `media` for stored bytes, `caption`, `width`). */
  get image(): ElementView[] {
    return this.get("image");
  }

  /** The bytes the session serves for an image of stored bytes or of an upload. */
  imageBytes(image: ElementView): Promise<Uint8Array> {
    const ref = image.node.p.media as string;
    return this.stores.files.read(ref.length === 64 ? "media" : "file", ref);
  }

  /** The data editor with this label or key: edit cells, add and delete rows, read the table. */
  dataEditor(labelOrKey: string): DataEditorHandle {
    const all = this.get("dataEditor").map((e) => e.node);
    const found = all.find((n) => this.stores.meta[n.p.id as string]?.key === labelOrKey) ?? all.find((n) => n.p.label === labelOrKey);
    if (!found) {
      const there = all.map((n) => JSON.stringify(this.stores.meta[n.p.id as string]?.key ?? n.p.label)).join(", ") || "none";
      throw new Error(`AppTest: no dataEditor with key or label ${JSON.stringify(labelOrKey)} on ${this.page} (there: ${there}).`);
    }
    return new DataEditorHandle(found, this, this.widgetInput);
  }

  /**
   * The fragment with this key (`st.fragment(fn, { key })`) or at this position (0: the first
   * drawn): `.elements`, `.text`, and `await .tick()` to fire its `runEvery` timer.
   */
  fragment(which: number | string = 0): FragmentHandle {
    const all = this.get("fragment").map((e) => e.node);
    const found = typeof which === "number" ? all[which] : all.find((n) => n.p.id === `f:${which}`);
    if (!found) throw new Error(`AppTest: no fragment ${JSON.stringify(which)} on ${this.page} (there are ${all.length}).`);
    const id = found.p.id as string;
    const every = this.stores.fragments.records.get(id)?.every;
    return new FragmentHandle(id, found, every, () => {
      this.pending = coalesce(this.pending, { ...emptyInput(), fragments: new Set([id]) });
      return this.run();
    });
  }

  /** The dialog with this title: `.isOpen`, `.elements`, `.text`, `await .dismiss()` (the person closing it). */
  dialog(title: string): DialogView {
    return new DialogView(this.byLabel("dialog", title), (id) => {
      this.give({ t: "widget", id, v: false });
      return this.run();
    });
  }

  /** What a popover holds (drawn whether or not its panel is open, as in Streamlit). */
  popover(label: string): ElementView[] {
    return flatten({ roots: [this.byLabel("popover", label), { k: "root", p: {}, c: [] }] });
  }

  /** How many page runs and fragment runs AppTest made (a fragment run does not run the page). */
  readonly runs = { page: 0, fragment: 0 };

  /** The widget of this kind and label (throws, naming what is there, when there is none). */
  widget(kind: string, label: string): WidgetHandle {
    return new WidgetHandle(this.byLabel(kind, label), this, this.widgetInput);
  }

  private readonly widgetInput: WidgetInput = {
    give: (msg) => this.give(msg),
    formValues: (form) => this.formValues(form),
    hold: (form, id, v) => this.held(form).set(id, v),
    given: (id, form) => (form !== undefined ? this.forms.get(form)?.get(id) : this.pending?.shown.get(id)),
  };

  /** @internal values set on widgets of a form, sent when it is submitted */
  private readonly forms = new Map<string, Map<string, WireValue>>();

  private held(form: string): Map<string, WireValue> {
    let values = this.forms.get(form);
    if (!values) this.forms.set(form, (values = new Map()));
    return values;
  }

  private formValues(form: string): Record<string, WireValue> {
    const values = Object.fromEntries(this.held(form));
    this.forms.delete(form);
    return values;
  }

  /** Input from the "browser", checked as a browser's is, queued for the next run. */
  private give(msg: ClientMsg): void {
    this.pending = coalesce(this.pending, this.checked(msg));
  }

  /** numbered and checked as the session checks a browser's frame (throws what it would refuse) */
  private checked(msg: ClientMsg): RunInput {
    return toRunInput({ ...msg, n: ++this.n }, this.stores, this.app);
  }

  private byLabel(kind: string, label: string): Node {
    const all = this.elements.filter((e) => e.kind === kind);
    const found = all.find((e) => e.node.p.label === label);
    if (found) return found.node;
    const labels = all.map((e) => JSON.stringify(e.node.p.label)).join(", ") || "none";
    throw new Error(`AppTest: no ${kind} labelled ${JSON.stringify(label)} on ${this.page} (there: ${labels}).`);
  }
}


