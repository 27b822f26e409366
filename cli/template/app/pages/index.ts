/**
 * The home page. The whole function runs again every time someone moves the slider: read a
 * widget's value where you need it, and write what it means below.
 */
import { definePage } from "edgelit";

export default definePage("/", "Temperature", (st) => {
  st.title("Temperature");
  const celsius = st.slider("Set temperature (°C)", { min: -20, max: 50, value: 22 });
  const fahrenheit = (celsius * 9) / 5 + 32;
  st.metric("Temperature in Fahrenheit", `${fahrenheit.toFixed(1)} °F`, { delta: `${celsius} °C input` });
  if (celsius > 35) st.warning("That's dangerously hot. Stay hydrated.");

  // A day's curve around the chosen temperature: the chart follows the slider.
  const hours = Array.from({ length: 24 }, (_, hour) => hour);
  st.lineChart(
    { hour: hours, "°C": hours.map((hour) => Math.round((celsius + 6 * Math.sin(((hour - 9) * Math.PI) / 12)) * 10) / 10) },
    { x: "hour", y: "°C", xLabel: "Hour of the day", yLabel: "°C" },
  );
}, { icon: "🌡️" });
