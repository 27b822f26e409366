/**
 * The data page: what most Streamlit apps are — upload a CSV, filter it, look at it sorted
 * and selected, download what you filtered, and set a few numbers by hand. Without an upload
 * it shows the repo's sample (app/data/sample-sales.csv), which it also offers for download.
 * The filters work on any CSV: they are offered over the file's own text and number columns.
 */
import { definePage } from "edgelit";
import sampleCsv from "../data/sample-sales.csv";
import { type Row, numberColumns, parseCsv, textColumns, toCsv } from "../data/csv";
import { sum } from "../data/format";

const dollars = (v: number) => `$${v.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

export default definePage("/data", "Data", async (st) => {
  st.setPageConfig({ title: "Sales Explorer", icon: "📊", layout: "wide" });
  st.title("Sales Explorer");
  st.caption("Upload a CSV, filter it, sort and select rows, download what you filtered, and set targets.");

  const [upload, sample] = st.columns([3, 1]);
  const file = upload.fileUploader("Upload a CSV", { type: ["csv"], help: "A CSV with a header row, one record per line." });
  sample.downloadButton("Download the sample CSV", sampleCsv, { fileName: "sample-sales.csv", mime: "text/csv" });

  const parsed = parseCsv(file ? await file.text() : sampleCsv);
  if (parsed.error) {
    st.error(`${file?.name ?? "The sample"} could not be read as CSV: ${parsed.error}`);
    return;
  }
  const rows = parsed.rows;
  st.caption(file ? `${file.name}: ${rows.length.toLocaleString("en-US")} rows` : `Showing the sample data (${rows.length} orders) — upload your own CSV above.`);
  if (rows.length === 0) return;

  // ── FILTERS ────────────────────────────────────────────────────────────────
  st.sidebar.header("Filters");
  let shown = rows;
  const texts = textColumns(rows);
  if (texts.length > 0) {
    const by = st.sidebar.selectbox("Filter by", texts, { index: Math.max(0, texts.indexOf("region")) });
    const values = [...new Set(rows.map((r) => String(r[by] ?? "")))].sort();
    // The key names the column, so switching columns starts from every value again.
    const keep = st.sidebar.multiselect(`Keep these ${by} values`, values, { default: values, key: `keep:${by}` });
    const kept = new Set(keep);
    shown = shown.filter((r) => kept.has(String(r[by] ?? "")));
  }
  const numbers = numberColumns(rows);
  if (numbers.length > 0) {
    const over = st.sidebar.selectbox("Range over", numbers, { index: Math.max(0, numbers.indexOf("units")) });
    const all = rows.map((r) => r[over]).filter((v): v is number => typeof v === "number");
    const min = Math.floor(Math.min(...all));
    const max = Math.ceil(Math.max(...all));
    if (min < max) {
      const [lo, hi] = st.sidebar.slider(`${over} between`, { min, max, value: [min, max], key: `range:${over}` });
      shown = shown.filter((r) => typeof r[over] === "number" && (r[over] as number) >= lo && (r[over] as number) <= hi);
    }
  }

  // ── THE TABLE ──────────────────────────────────────────────────────────────
  st.subheader(`${shown.length.toLocaleString("en-US")} of ${rows.length.toLocaleString("en-US")} rows`);
  const picked = st.dataframe<Row>(shown, {
    selection: "rows",
    hideIndex: true,
    // Formats for the sample's columns; another file's columns are shown by their inferred type.
    columnConfig: {
      date: st.columnConfig.dateColumn({ label: "Date", format: "MMM D, YYYY" }),
      unit_price: st.columnConfig.numberColumn({ label: "Unit price", format: "dollar" }),
      revenue: st.columnConfig.numberColumn({ label: "Revenue", format: "dollar" }),
      returned: st.columnConfig.checkboxColumn({ label: "Returned" }),
    },
  });
  if (picked.length > 0 && "revenue" in picked[0]!) {
    st.metric(`Revenue of the ${picked.length} selected`, dollars(sum(picked.map((r) => Number(r.revenue) || 0))));
  } else {
    st.caption("Select rows with their checkboxes to add them up.");
  }
  st.downloadButton("Download filtered CSV", toCsv(shown), { fileName: "filtered.csv", mime: "text/csv" });

  // ── TARGETS ────────────────────────────────────────────────────────────────
  if (!("region" in rows[0]!) || !("revenue" in rows[0]!)) return;
  st.subheader("Targets by region");
  const regions = [...new Set(rows.map((r) => String(r.region)))].sort();
  const targets = st.dataEditor(
    regions.map((region) => ({ region, target: 100_000 })),
    { label: "Targets", numRows: "fixed", disabled: ["region"], hideIndex: true, key: "targets" },
  );
  const byRegion = targets.map(({ region, target }) => {
    const revenue = sum(shown.filter((r) => r.region === region).map((r) => Number(r.revenue) || 0));
    const monthly = Array.from({ length: 12 }, (_, m) =>
      sum(shown.filter((r) => r.region === region && new Date(String(r.date)).getUTCMonth() === m).map((r) => Number(r.revenue) || 0)),
    );
    return { region, revenue, target, attainment: target > 0 ? revenue / target : 0, monthly };
  });
  st.dataframe(byRegion, {
    hideIndex: true,
    columnConfig: {
      revenue: st.columnConfig.numberColumn({ label: "Revenue (filtered)", format: "dollar" }),
      target: st.columnConfig.numberColumn({ label: "Target", format: "dollar" }),
      attainment: st.columnConfig.progressColumn({ label: "Attainment", min: 0, max: 1.5, format: "percent" }),
      monthly: st.columnConfig.lineChartColumn({ label: "Revenue by month" }),
    },
  });
}, { icon: "📊" });
