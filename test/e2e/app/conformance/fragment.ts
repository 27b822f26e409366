/**
 * Streamlit's e2e_playwright/st_fragment_basics.py (without the chat input, which edgelit
 * lacks), st_fragment_multiple_fragments.py and st_fragment_run_every.py, one page each.
 * `uuid4()` is `crypto.randomUUID()`.
 */
import { definePage } from "../../../../durable/st/app";

const uuid = () => crypto.randomUUID();

export const fragmentBasics = definePage("/conformance/fragment-basics", "Fragment basics", async (st) => {
  await st.fragment((f) => {
    f.button("a button");
    f.downloadButton("a download button", "");
    f.checkbox("a checkbox");
    f.colorPicker("a color picker");
    f.dateInput("a date input", { value: "1970-01-01", min: "1970-01-01" });
    f.multiselect("a multiselect", ["a", "b", "c"]);
    f.numberInput("a number input");
    f.radio("a radio", ["a", "b", "c"]);
    f.selectbox("a selectbox", ["a", "b", "c"]);
    f.slider("a slider");
    f.textArea("a text area");
    f.textInput("a text input");
    f.timeInput("a time input");
    f.write(`inside fragment: ${uuid()}`);
  });
  st.write(`outside: fragment ${uuid()}`);
});

export const fragmentMultiple = definePage("/conformance/fragment-multiple", "Multiple fragments", async (st) => {
  const raiseException = st.checkbox("Raise Exception in Fragment", { value: false });
  const myFragment = (n: number) =>
    st.fragment((f) => {
      const c = f.container({ border: true });
      c.button("rerun this fragment", { key: String(n) });
      c.write(`uuid in fragment ${n}: ${uuid()}`);
    });
  await myFragment(1);
  await st.fragment((f) => {
    if (f.checkbox("Raise Exception", { value: raiseException })) throw new Error("This is an exception raised in a fragment");
  });
  await myFragment(2);
});

export const fragmentRunEvery = definePage("/conformance/fragment-run-every", "Fragment runEvery", async (st) => {
  await st.fragment((f) => f.write(`uuid in fragment: ${uuid()}`), { runEvery: 1.0 });
});
