/**
 * Streamlit's e2e_playwright/st_time_input.py and st_color_picker.py, the parts edgelit has
 * (see time-color.test.ts).
 */
import { definePage } from "../../../../durable/st/app";

export default definePage("/conformance/time-color", "Time and colour", (st) => {
  st.text(`Value 1: ${st.timeInput("Label 1", { value: "08:45" })}`);
  st.text(`Value 2: ${st.timeInput("Label 2", { value: "21:15", help: "Help text" })}`);
  st.text(`Value 3: ${st.timeInput("Label 3", { value: "08:45", disabled: true })}`);
  st.text(`Value 4: ${st.timeInput("Label 4", { value: null })}`);
  st.text(`Value 5: ${st.timeInput("Label 5", { value: "08:45", step: 60 })}`);
  st.text(`Color 1: ${st.colorPicker("Default Color")}`);
  st.text(`Color 2: ${st.colorPicker("New Color", { value: "#EB144C" })}`);
  st.text(`Color 3: ${st.colorPicker("Disabled", { value: "#ff0000", disabled: true })}`);
});
