/** One of each value-carrying widget, each echoed as text below it: what the latency tests type into. */
import { definePage } from "../../../durable/st/app";

export default definePage("/inputs", "Inputs", (st) => {
  const level = st.slider("Level", { min: 0, max: 100, value: 50 });
  const name = st.textInput("Name");
  const agree = st.checkbox("Agree");
  const count = st.numberInput("Count", { min: 0, max: 1000, value: 10, step: 1 });
  const color = st.radio("Color", ["red", "green", "blue"]);
  st.text(`level=${level}`);
  st.text(`name=${name}`);
  st.text(`agree=${agree}`);
  st.text(`count=${count}`);
  st.text(`color=${color}`);
});
