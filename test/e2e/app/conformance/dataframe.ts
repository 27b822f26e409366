/**
 * Streamlit's e2e_playwright/st_dataframe_selections.py, st_dataframe_config.py /
 * st_column_config*.py and st_table.py, the parts edgelit has (see dataframe.test.ts), with
 * fixed data instead of numpy's random numbers; and a 100,000 × 10 table for scrolling and
 * sorting.
 */
import { definePage } from "../../../../durable/st/app";

/** a 5 × 5 table of fixed numbers (Streamlit's uses np.random.randn(5, 5)) */
const df: Record<string, number[]> = {};
for (let c = 0; c < 5; c++) df[`col_${c}`] = Array.from({ length: 5 }, (_, r) => Math.round(Math.sin(r * 5 + c + 1) * 1000) / 1000);

export const selections = definePage("/conformance/dataframe-selections", "Dataframe selections", (st) => {
  st.header("Row selections:");
  st.subheader("single-row select");
  const single = st.dataframe(df, { hideIndex: true, selection: "row", key: "single" });
  st.text(`Dataframe single-row selection: ${JSON.stringify(single.map((r) => r.col_0))}`);
  st.subheader("multi-row select");
  const multi = st.dataframe(df, { hideIndex: true, selection: "rows", key: "multi" });
  st.text(`Dataframe multi-row selection: ${JSON.stringify(multi.map((r) => r.col_0))}`);
  st.subheader("In form");
  const form = st.form("my_form");
  const inForm = form.dataframe(df, { hideIndex: true, selection: "rows", key: "in_form" });
  form.formSubmitButton("Submit");
  st.text(`Dataframe-in-form selection: ${JSON.stringify(inForm.map((r) => r.col_0))}`);
  st.subheader("Callback");
  const calls = st.state("calls", 0);
  st.dataframe(df, { hideIndex: true, selection: "rows", key: "with_callback", onSelect: () => (calls.value += 1) });
  st.text(`Callback called: ${calls.value}`);
});

export const columnConfigPage = definePage("/conformance/dataframe-config", "Column config", (st) => {
  const cc = st.columnConfig;
  st.header("Hide index parameter:");
  st.dataframe(df, { hideIndex: true });
  st.header("Column order parameter:");
  st.dataframe(df, { columnOrder: ["col_4", "col_3", "col_0"] });
  st.header("Set column labels:");
  st.dataframe(df, { columnConfig: { col_0: "Column 0", col_2: cc.column({ label: "Column 1" }) } });
  st.header("Hide columns:");
  st.dataframe(df, { columnConfig: { col_1: null, col_3: { hidden: true } } });
  st.header("Column types:");
  st.dataframe(
    {
      price: [1.5, 1234.567],
      share: [0.1234, 0.5],
      count: [3, 1200],
      done: [true, false],
      progress: [25, 80],
      site: ["https://streamlit.io", "https://docs.streamlit.io"],
      day: [new Date("2024-01-05T00:00:00Z"), new Date("2023-12-24T00:00:00Z")],
      trend: [[1, 3, 2, 5], [5, 4, 4, 1]],
      secret: ["x", "y"],
    },
    {
      columnConfig: {
        price: cc.numberColumn({ label: "Price", format: "$%.2f", help: "in dollars" }),
        share: cc.numberColumn({ format: "percent" }),
        count: cc.numberColumn({ format: "%d items" }),
        done: cc.checkboxColumn({ label: "Done?" }),
        progress: cc.progressColumn({ format: "%d%%" }),
        site: cc.linkColumn({ displayText: "https://(.*?)\\.streamlit\\.io" }),
        day: cc.dateColumn({ format: "D MMM YYYY" }),
        trend: cc.lineChartColumn({ yMin: 0, yMax: 5 }),
        secret: null,
      },
    },
  );
});

export const table = definePage("/conformance/table", "Table", (st) => {
  st.header("Empty tables");
  st.table([]);
  st.table({ lat: [], lon: [] });
  st.header("Column types");
  st.table({
    text: ["a", "b", null],
    number: [1, 2.5, null],
    bool: [true, false, null],
    date: [new Date("2020-01-01T00:00:00Z"), null, new Date("2021-06-30T12:30:00Z")],
    list: [[1, 2], [3], null],
  });
  st.table({ n: Array.from({ length: 50 }, (_, i) => i) }, { hideIndex: true });
});

/** 100,000 rows × 10 columns: `value` a scramble of the row number, every 10th empty. */
function big(): Record<string, unknown[]> {
  const cols: Record<string, unknown[]> = {};
  cols.value = Array.from({ length: 100_000 }, (_, i) => (i % 10 === 9 ? null : (i * 7919) % 100_003));
  cols.name = Array.from({ length: 100_000 }, (_, i) => `row ${i}`);
  for (let c = 0; c < 8; c++) cols[`c${c}`] = Array.from({ length: 100_000 }, (_, i) => i * (c + 1));
  return cols;
}

export const bigTable = definePage("/conformance/dataframe-big", "Big dataframe", (st) => {
  st.header("100,000 rows");
  const picked = st.dataframe(big(), { selection: "rows", key: "big", height: 400 });
  st.text(`picked: ${JSON.stringify(picked.map((r) => r.name))}`);
});
