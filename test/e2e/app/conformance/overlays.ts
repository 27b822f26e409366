/**
 * Streamlit's e2e_playwright/st_dialog.py and st_popover.py, each dialog opened with the
 * handle `st.dialog` returns (Streamlit calls the decorated function in the button's run;
 * `st.rerun()` in the body closes it there, `close()` here). Left out: the dialogs with
 * images, charts, copy buttons and the deprecated experimental_dialog, the on_dismiss
 * dialogs (edgelit has no on_dismiss); the popovers with icons, types and widths.
 */
import { definePage } from "../../../../durable/st/app";

export const dialogPage = definePage("/conformance/dialog", "Dialog", async (st) => {
  const simple = st.dialog("Simple Dialog", (d) => {
    d.write("Hello again!");
    d.textInput("Enter something!");
    if (d.button("Submit", { key: "dialog2-btn" })) simple.close();
  });
  if (st.button("Open Dialog without Images")) simple.open();

  const large = st.dialog("Large-width Dialog", (d) => {
    d.write("This dialog has a large width.");
    if (d.button("Submit", { key: "dialog4-btn" })) large.close();
  }, { width: "large" });
  if (st.button("Open large-width Dialog")) large.open();

  const sidebarDialog = st.sidebar.dialog("Simple Dialog in Sidebar", (d) => {
    d.write("Hello sidebar dialog!");
    if (d.button("Submit", { key: "dialog5-btn" })) sidebarDialog.close();
  });
  if (st.sidebar.button("Open Sidebar-Dialog")) sidebarDialog.open();

  const level1 = st.dialog("Level1 Dialog", (d) => {
    d.write("First level dialog");
    d.dialog("Level2 Dialog", (inner) => inner.write("Second level dialog"));
  });
  if (st.button("Open Nested Dialogs")) level1.open();

  await st.fragment((f) => {
    if (f.button("Fragment Button")) f.write("Fragment Button clicked");
  });

  const strict = st.dialog("Non-dismissible Dialog", (d) => {
    d.write("This dialog cannot be dismissed by pressing ESC or clicking outside!");
    d.info("You can only close this dialog by clicking the 'Close Dialog' button below.");
    if (d.button("Close Dialog", { key: "non-dismissible-close-btn" })) strict.close();
  }, { dismissible: false });
  if (st.button("Open Non-dismissible Dialog")) strict.open();
});

export const popoverPage = definePage("/conformance/popover", "Popover", (st) => {
  st.popover("popover 1 (empty)");
  st.popover("popover 2 (use_container_width)", { useContainerWidth: true }).markdown("Hello");
  const p3 = st.popover("popover 3 (with widgets)");
  p3.markdown("Hello World 👋");
  const text = p3.textInput("Text input");
  const [col1, col2, col3] = p3.columns(3);
  col1.textInput("Column 1");
  col2.textInput("Column 2");
  col3.textInput("Column 3");
  p3.selectbox("Selectbox", ["a", "b", "c"]);
  const p4 = st.popover("popover 4 (with dataframe)", { help: "help text" });
  p4.markdown("Popover with dataframe");
  p4.dataframe({ a: [1, 2, 3], b: [4, 5, 6] });
  st.sidebar.popover("popover 5 (in sidebar)").markdown("Popover in sidebar with dataframe");
  st.popover("popover 6 (disabled)", { disabled: true }).markdown("Hello World 👋");
  st.expander("Output").markdown(text);
});
