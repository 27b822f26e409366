/**
 * The seed's execution_model_demo.py: every slider move re-runs this whole function, and
 * the timestamp at the top shows it.
 */
import { definePage } from "edgelit";

export default definePage("/", "Re-run model", (st) => {
  // This line runs EVERY time the user interacts with anything in the app.
  st.write(`Script last ran at: ${new Date().toISOString().slice(11, 19)}`);

  st.title("Understanding Streamlit's Re-Run Model");

  // When the user moves this slider, the ENTIRE function above AND below re-executes.
  const temperatureCelsius = st.slider("Set temperature (°C)", { min: -20, max: 50, value: 22 });

  const temperatureFahrenheit = (temperatureCelsius * 9) / 5 + 32;

  st.metric("Temperature in Fahrenheit", `${temperatureFahrenheit.toFixed(1)} °F`, {
    delta: `${temperatureCelsius} °C input`,
  });

  if (temperatureCelsius > 35) {
    st.warning("That's dangerously hot. Stay hydrated and limit outdoor exposure.");
  } else if (temperatureCelsius < 0) {
    st.info("Below freezing — roads may be icy. Check local transport advisories.");
  } else {
    st.success("Comfortable temperature range.");
  }
}, { icon: "🌡️" });
