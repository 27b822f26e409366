/**
 * Purpose-built pages for the workerd tests, each exercising one rerun rule. Pages keep a
 * `log` in session state, which tests read from the Durable Object.
 */
import demo from "../../app";
import { cacheData } from "../../durable/cache";
import { defineApp, definePage } from "../../durable/st/app";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export default defineApp([
  ...demo.pages,
  definePage("/counter", "Counter", (st) => {
    const count = st.state("count", 0);
    const log = st.state<string[]>("log", []);
    log.value = [...log.value, `body count=${count.value}`];
    st.metric("Count", count.value);
    st.button("Add", {
      onClick: (n: number) => {
        count.value += n;
        log.value = [...log.value, `callback +${n}`];
      },
      args: [2],
    });
    const pressed = st.button("Press");
    st.text(`pressed: ${pressed}`);
  }),
  definePage("/slow", "Slow", async (st) => {
    const n = st.slider("N", { min: 0, max: 10, value: 0 });
    const clicked = st.button("Click");
    const log = st.state<string[]>("log", []);
    log.value = [...log.value, `start n=${n} clicked=${clicked}`];
    // n = 1 holds the run (long enough for a loaded machine) so a test can send input meanwhile.
    if (n === 1) await sleep(1000);
    st.text(`n=${n} clicked=${clicked}`);
    log.value = [...log.value, `end n=${n} clicked=${clicked}`];
  }),
  definePage("/removal", "Removal", (st) => {
    const show = st.checkbox("Show extra");
    if (show) st.textInput("Extra");
  }),
  definePage("/errors", "Errors", (st) => {
    const boom = st.checkbox("Boom");
    st.text("before");
    if (boom) throw new Error("kaboom");
    st.text("after");
  }),
  definePage("/duplicate", "Duplicate", (st) => {
    st.slider("Same");
    st.slider("Same");
  }),
  definePage("/control", "Control", (st) => {
    const runs = st.state("runs", 0);
    runs.value += 1;
    if (runs.value === 1) st.rerun();
    st.text(`runs=${runs.value}`);
    if (st.checkbox("Stop")) st.stop();
    st.text("end");
  }),
  definePage("/big", "Big", (st) => {
    // ~2 MB of chart: more than one stored value may hold
    if (st.checkbox("Big", { value: true })) {
      st.lineChart({ a: Array.from({ length: 100_000 }, (_, i) => i * 1.5), b: Array.from({ length: 100_000 }, (_, i) => -i / 3) });
    }
  }),
  definePage("/cached-elements", "Cached elements", async (st) => {
    const load = cacheData(function writesElements() {
      st.text("inside a cached function");
      return 1;
    }, { showSpinner: false });
    st.text(`loaded ${await load()}`);
  }),
  definePage("/cached-spinner", "Cached spinner", async (st) => {
    const load = cacheData(async function slowLoader(key: string) {
      await sleep(200);
      return `data for ${key}`;
    }, { showSpinner: "Loading data…" });
    st.text(await load(st.textInput("Key", { value: "a" })));
  }),
  definePage("/audited", "Audited", (st) => {
    const recorded = st.state("recorded", 0);
    const mode = st.radio("Record mode", ["single", "double"]);
    if (st.button("Record")) {
      for (let i = 0; i < (mode === "double" ? 2 : 1); i++) {
        recorded.value += 1;
        st.audit("run_forecast", { horizon_days: 30, confidence: "95%", target_metric: "daily_revenue", n: recorded.value });
      }
    }
    st.text(`recorded ${recorded.value}`);
  }),
  definePage("/whoami", "Who am I", (st) => {
    st.text(`user ${st.user.kind} ${st.user.email} ${st.user.id}`);
    st.json({ headers: Object.keys(st.context.headers), cookies: st.context.cookies });
    st.slider("Level", { min: 0, max: 10, value: 5 });
  }),
  definePage("/caught", "Caught", (st) => {
    const n = st.state("n", 0);
    st.text(`n=${n.value}`);
    if (st.button("Rerun, caught")) {
      n.value += 1;
      try {
        st.rerun();
      } catch {
        // a page that swallows every error
      }
    }
    if (st.button("Stop, caught")) {
      try {
        st.stop();
      } catch {
        // likewise
      }
      return; // and even returns at once
    }
    st.text("after the buttons");
  }),
  definePage("/nesting", "Nesting", (st) => {
    const [outer] = st.columns(2);
    const [inner] = outer.columns(2);
    inner.text("columns in columns");
    if (st.checkbox("Columns two levels deep")) inner.columns(2);
    if (st.checkbox("Columns in sidebar columns")) st.sidebar.columns(2)[0].columns(2);
    const expander = st.expander("Outer");
    expander.container().text("an expander's container");
    if (st.checkbox("Expander in an expander")) expander.container().expander("Inner");
  }),
  definePage("/form", "Form", (st) => {
    const f = st.form("f", { clearOnSubmit: true });
    const name = f.textInput("Name");
    const submitted = f.formSubmitButton("Send");
    st.text(`submitted=${submitted} name=${name}`);
  }),
  definePage("/empty-inputs", "Empty inputs", (st) => {
    const plain = st.numberInput("Plain");
    const maybe = st.numberInput("Maybe", { value: null, min: 1 });
    const note = st.textInput("Note", { value: null });
    st.text(`plain=${plain} maybe=${maybe} note=${JSON.stringify(note)}`);
  }),
  definePage("/form-options", "Form options", (st) => {
    st.form("typed", { enterToSubmit: false }).formSubmitButton("Save");
    st.form("entered").formSubmitButton("Go");
  }),
  definePage("/dates", "Dates", (st) => {
    st.text(`required=${st.dateInput("Required", { value: "2020-05-05", min: "2020-01-01", max: "2020-12-31" })}`);
    st.text(`optional=${st.dateInput("Optional", { value: null })}`);
    st.text(`period=${JSON.stringify(st.dateInput("Period", { value: ["2020-05-05", "2020-05-09"] }))}`);
    st.text(`today=${st.dateInput("Until 2000", { max: "2000-01-01" })}`);
    if (st.checkbox("Default before min")) st.dateInput("Outside", { value: "2019-12-31", min: "2020-01-01" });
  }),
  // 100,000 rows × 10 columns: values in a scrambled order, every 10th value empty, names as text.
  definePage("/grid", "Grid", (st) => {
    const other = st.checkbox("Other data");
    st.dataframe(gridData(other ? 7 : 100_000));
    const picked = st.dataframe(
      { name: ["Ada", "Grace", "Linus"], age: [36, 85, null] },
      { selection: "rows", key: "people" },
    );
    st.text(`picked=${picked.map((p) => p.name).join(",")}`);
  }),
  definePage("/files", "Files", async (st) => {
    const csv = st.fileUploader("CSV", { type: "csv" });
    st.text(csv ? `csv ${csv.name} ${csv.size} bytes` : "no csv");
    const blob = st.fileUploader("Blob", { maxSize: 6 });
    if (blob) {
      const bytes = await blob.bytes();
      let sum = 0;
      for (const b of bytes) sum = (sum * 31 + b) >>> 0;
      st.text(`blob ${blob.size} sum=${sum}`);
    }
    if (!st.checkbox("Hide the uploader")) st.fileUploader("Extra");
    st.downloadButton("Get report", "name,value\nä,1\n", { fileName: "report ä.csv", mime: "text/csv" });
    const second = st.checkbox("Second version");
    st.downloadButton("Get changing data", async () => (second ? "version 2" : "version 1"), { fileName: "v.txt" });
  }),
  definePage("/editor", "Editor", async (st) => {
    const out = st.dataEditor(
      [
        { name: "a", n: 1, ok: true },
        { name: "b", n: 2, ok: false },
      ],
      { label: "Grid", numRows: "dynamic", disabled: ["name"], columnConfig: { n: { min: 0, max: 10 } } },
    );
    const log = st.state<string[]>("log", []);
    log.value = [...log.value, `start ${JSON.stringify(out.map((r) => r.n))}`];
    // n = 9 in the first row holds the run, so a test can send edits meanwhile
    if (out[0]?.n === 9) await sleep(1000);
    st.text(`out=${JSON.stringify(out)}`);
    st.text(`fixed=${JSON.stringify(st.dataEditor([{ v: 1 }], { label: "Fixed" }))}`);
  }),
  definePage("/query", "Query", (st) => {
    st.text(String(st.queryParams));
    if (st.button("Set")) st.queryParams.set("step", "2");
  }),
  definePage("/live", "Live", async (st) => {
    st.toast("Started", { icon: "🐶" });
    const bar = st.progress(0, "Working");
    await sleep(20);
    bar.update(50, "Halfway");
    await sleep(20);
    bar.update(100, "Done");
  }),
  definePage("/fragments", "Fragments", async (st) => {
    const pageRuns = st.state("pageRuns", 0);
    pageRuns.value += 1;
    st.title("A page with a fragment");
    for (let i = 0; i < 20; i++) st.text(`line ${i} of the page, which a fragment's run never sends again`);
    st.text(`page runs=${pageRuns.value}`);
    const outside = st.slider("Outside", { min: 0, max: 100, value: 0 });
    await st.fragment(
      (f) => {
        const runs = f.state("partRuns", 0);
        runs.value += 1;
        const n = f.slider("Part", { min: 0, max: 100, value: 0 });
        f.text(`part=${n} outside=${outside} part runs=${runs.value}`);
        // a slow fragment: its run outlasts a tick, so its frames go out while it awaits
        if (f.checkbox("Slow")) return sleep(300).then(() => f.text("slept"));
      },
      { key: "part" },
    );
    st.text("the page's end");
  }),
  definePage("/ticking", "Ticking", async (st) => {
    const pageRuns = st.state("pageRuns", 0);
    pageRuns.value += 1;
    st.text(`page runs=${pageRuns.value}`);
    await st.fragment(
      (f) => {
        const ticks = f.state("ticks", 0);
        ticks.value += 1;
        f.text(`ticks=${ticks.value}`);
      },
      { key: "clock", runEvery: "150ms" },
    );
  }),
  definePage("/dialog", "Dialog", (st) => {
    const pageRuns = st.state("pageRuns", 0);
    pageRuns.value += 1;
    const vote = st.dialog("Cast your vote", (d) => {
      const why = d.textInput("Because…");
      d.text(`because: ${why}`);
      if (d.button("Submit")) vote.close();
    });
    if (st.button("Vote")) vote.open();
    st.text(`page runs=${pageRuns.value}`);
  }),
  // Everything a session keeps, on one page: what must survive the object hibernating.
  definePage("/hibernate", "Hibernate", async (st) => {
    const runs = st.state("runs", 0);
    runs.value += 1;
    const level = st.slider("Level", { min: 0, max: 100, value: 10 });
    st.text(`level=${level} runs=${runs.value} query=${String(st.queryParams)}`);
    st.dataframe(gridData(1000));
    await st.fragment(
      (f) => {
        const n = f.slider("Part", { min: 0, max: 100, value: 0 });
        f.text(`part=${n}`);
      },
      { key: "part" },
    );
    const note = st.dialog("Leave a note", (d) => d.text(`note: ${d.textInput("Note")}`));
    if (st.button("Open note")) note.open();
  }),
  definePage("/choices", "Choices", (st) => {
    const drinks = st.multiselect("Drinks", ["coffee", "tea", "water", "juice"], { default: "tea", maxSelections: 2 });
    st.text(`drinks=${JSON.stringify(drinks)}`);
    const [from, to] = st.selectSlider("Colors", ["red", "orange", "yellow", "green"], { value: ["orange", "yellow"] });
    st.text(`colors=${from}..${to}`);
    st.text(`size=${st.selectSlider("Size", ["S", "M", "L"], { value: "M" })}`);
    const form = st.form("order");
    const extras = form.multiselect("Extras", ["milk", "sugar"], { maxSelections: 1 });
    form.formSubmitButton("Order");
    st.text(`extras=${JSON.stringify(extras)}`);
  }),
  definePage("/endless-stream", "Endless stream", async (st) => {
    if (!st.checkbox("Stream")) return;
    let i = 0;
    let timer: ReturnType<typeof setInterval> | undefined;
    const source = new ReadableStream<string>({
      start(controller) {
        timer = setInterval(() => controller.enqueue(`token${i++} `), 10);
      },
      cancel() {
        clearInterval(timer);
        streamsCancelled.push(i);
      },
    });
    await st.writeStream(source);
  }),
  definePage("/stalled-stream", "Stalled stream", async (st) => {
    if (!st.checkbox("Stream")) return;
    // one token, then nothing: a model that stopped answering
    const source = new ReadableStream<string>({
      start(controller) {
        controller.enqueue("first ");
      },
      cancel() {
        stalledCancelled.push(Date.now());
      },
    });
    await st.writeStream(source);
  }),
  definePage("/live-chart", "Live chart", async (st) => {
    const chart = st.lineChart({ t: [0], v: [10] }, { x: "t" });
    for (let t = 1; t <= 2; t++) {
      await sleep(20);
      chart.addRows({ t: [t], v: [10 + t] });
    }
  }),
], { audit: { formSubmits: true, widgets: ["Record mode"] } });

/** When each /stalled-stream source was cancelled. */
export const stalledCancelled: number[] = [];

/** How many tokens each /endless-stream source had given when it was cancelled. */
export const streamsCancelled: number[] = [];

/** The grid page's table: row i's `value` is a scramble of i, null for every 10th row. */
export function gridData(rows: number): Record<string, unknown[]> {
  const cols: Record<string, unknown[]> = {};
  cols.value = Array.from({ length: rows }, (_, i) => (i % 10 === 9 ? null : (i * 7919) % 100_003));
  cols.name = Array.from({ length: rows }, (_, i) => `row ${i}`);
  for (let c = 0; c < 8; c++) cols[`c${c}`] = Array.from({ length: rows }, (_, i) => i * (c + 1));
  return cols;
}
