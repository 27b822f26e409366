/**
 * The data editor parts of Streamlit's e2e_playwright/st_dataframe_interactions.py and
 * st_data_editor_config.py (disabled columns), as edgelit pages; Streamlit's random frames
 * are fixed numbers here. The page prints what each editor returns, which is what a person
 * checks (see data-editor.test.ts).
 */
import { definePage } from "../../../../durable/st/app";

const randomDf = {
  "Column A": [1.76, 0.4, 0.98, 2.24, 1.87],
  "Column B": [-0.98, 0.95, -0.15, -0.1, 0.41],
  "Column C": [0.14, 1.45, 0.76, 0.12, 0.44],
  "Column D": [0.33, 1.49, -0.21, 0.31, -0.85],
  "Column E": [-2.55, 0.65, 0.86, -0.74, 2.27],
};

const df = {
  col_0: [1, 2, 3],
  col_1: ["a", "b", "c"],
  col_2: [true, false, true],
  col_4: [10, 20, 30],
};

export default definePage("/conformance/data-editor", "Data editor", (st) => {
  // elements that come and go before the editor, which must keep its edits (test_data_editor_keeps_state_after_unmounting)
  if (st.button("Create some elements to unmount component")) for (let i = 0; i < 3; i++) st.text("Another element");
  const dynamic = st.dataEditor(randomDf, { numRows: "dynamic", key: "data_editor", label: "Dynamic" });
  st.text(`Rows: ${dynamic["Column A"].length}`);
  st.text(`Column A: ${JSON.stringify(dynamic["Column A"])}`);

  st.header("Test cell editor");
  const result = st.dataEditor(
    { big_numbers: [1231231.41, 12012], text: ["hello world", "foo"] },
    { hideIndex: true, label: "Cell editor" },
  );
  st.text(`Edited DF: ${JSON.stringify(result)}`);

  st.header("Disabled parameter:");
  st.dataEditor(df, { disabled: true, label: "Disabled all" });
  const two = st.dataEditor(df, { disabled: ["col_4", "col_1"], label: "Disabled two" });
  st.text(`Disabled two: ${JSON.stringify(two)}`);

  st.header("Column types:");
  const typed = st.dataEditor(
    [
      { task: "Write", done: false, size: "S", due: new Date("2024-05-01T00:00:00Z") },
      { task: "Test", done: true, size: "M", due: null },
    ],
    { label: "Tasks", columnConfig: { size: { type: "select", options: ["S", "M", "L"] }, task: { required: true } } },
  );
  st.text(`Tasks: ${JSON.stringify(typed)}`);

  const team = st.dataEditor([{ name: "Ada", age: 36 }], {
    label: "Team",
    numRows: "dynamic",
    columnConfig: { name: { required: true } },
  });
  st.text(`Team: ${JSON.stringify(team)}`);

  const form = st.form("editor_form");
  const inForm = form.dataEditor([{ item: "pen", qty: 1 }], { label: "Order" });
  form.formSubmitButton("Submit order");
  st.text(`Order: ${JSON.stringify(inForm)}`);
});
