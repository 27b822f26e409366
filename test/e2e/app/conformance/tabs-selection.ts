/**
 * Streamlit's e2e_playwright/st_tabs_selection.py: buttons that add, remove and rename
 * tabs, to show which tab stays selected. "**Reset Tabs**" is plain "Reset Tabs" (edgelit's
 * labels are plain text) and deletes the page's keys (edgelit has no session_state.clear).
 * Below it, a tab added in front of the selected one (Streamlit's test adds one behind).
 */
import { definePage } from "../../../../durable/st/app";

const KEYS = ["tabs", "add_tab", "remove_1", "remove_2", "change"] as const;

export default definePage("/conformance/tabs-selection", "Tabs selection", (st) => {
  st.subheader("Control Panel", { divider: true });
  const state = st.sessionState;
  state.init("tabs", ["Tab 1", "Tab 2"]);
  for (const key of KEYS.slice(1)) state.init(key, false);

  const onClick1 = () => state.set("add_tab", true);
  const onClick2 = () => state.set("remove_1", true);
  const onClick3 = () => state.set("remove_2", true);
  const onClick4 = () => {
    state.set("change", true);
    onClick1();
    onClick2();
    onClick3();
  };
  const onClick5 = () => onClick4();
  const reset = () => KEYS.forEach((key) => state.delete(key));

  const [col1, col2, col3, col4, col5] = st.columns([0.8, 1, 1, 1.2, 1], { gap: "small" });
  const addTab = col1.button("Add Tab 3", { onClick: onClick1, disabled: state.get<boolean>("add_tab") });
  const remove1 = col2.button("Remove Tab 1", { onClick: onClick2, disabled: state.get<boolean>("remove_1") });
  const remove2 = col3.button("Remove Tab 2", { onClick: onClick3, disabled: state.get<boolean>("remove_2") });
  const changeSome = col4.button("Change Tab 1 & 3", { onClick: onClick4, disabled: state.get<boolean>("change") });
  const change = col4.button("Change All Tabs", { onClick: onClick5, disabled: state.get<boolean>("change") });
  col5.button("Reset Tabs", { onClick: reset });

  st.subheader("Tabs Example", { divider: true });

  const tabs = [...state.get<string[]>("tabs")!];
  const rename = (from: string, to: string) => {
    if (tabs.includes(from)) tabs[tabs.indexOf(from)] = to;
  };
  if (addTab) tabs.push("Tab 3");
  if (remove1) tabs.splice(tabs.indexOf("Tab 1"), 1);
  if (remove2) tabs.splice(tabs.indexOf("Tab 2"), 1);
  if (change) {
    rename("Tab 1", "Tab A");
    rename("Tab 2", "Tab B");
    rename("Tab 3", "Tab C");
  }
  if (changeSome) {
    rename("Tab 1", "Tab A");
    rename("Tab 3", "Tab C");
  }
  state.set("tabs", tabs);

  st.tabs(tabs).forEach((tab, i) => {
    tab.write(`You are in Tab ${i + 1}`);
    tab.slider(`Slider ${i + 1}`, { min: 0, max: 10, value: 5, key: tabs[i] });
  });

  st.divider();
  const renamed = st.checkbox("Add a tab in front");
  const moved = st.tabs(renamed ? ["Moved 0", "Moved 1", "Moved 2"] : ["Moved 1", "Moved 2"]);
  moved.forEach((tab, i) => tab.text(`content of ${renamed ? `Moved ${i}` : `Moved ${i + 1}`}`));
});
