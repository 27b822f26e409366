/**
 * Streamlit's e2e_playwright/st_fragment_basics.py (without the chat input, which edgelit
 * lacks), st_fragment_multiple_fragments.py, st_fragment_run_every.py and
 * st_fragments_nested.py and st_fragment_queue.py, one page each.
 * `uuid4()` is `crypto.randomUUID()`.
 */
import { definePage } from "../../../../durable/st/app";
import type { Container } from "../../../../durable/st/container";

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

/** Streamlit's e2e_playwright/st_fragments_nested.py: three fragments, each inside the one before. */
export const fragmentsNested = definePage("/conformance/fragments-nested", "Nested fragments", async (st) => {
  const counter = st.state("counter", -1);
  const innerFragment2 = (at: Container) =>
    at.fragment((f) => {
      const box = f.container({ border: true });
      box.write(`inner fragment2: ${uuid()}`);
      box.button("rerun inner fragment2");
    });
  const innerFragment = (at: Container) =>
    at.fragment(async (f) => {
      const box = f.container({ border: true });
      box.write(`inner fragment: ${uuid()}`);
      box.button("rerun inner fragment1");
      // the counter's text only while the counter is 1 or 2
      if (1 <= counter.value && counter.value < 3) box.write(`Counter has value ${counter.value}`);
      await innerFragment2(box);
    });
  st.write(`outside all fragments: ${uuid()}`);
  st.button("rerun whole app");
  await st.fragment(async (f) => {
    counter.value += 1;
    const box = f.container({ border: true });
    box.write(`outer fragment: ${uuid()}`);
    box.button("rerun outer fragment");
    await innerFragment(box);
  });
});

/** Streamlit's e2e_playwright/st_fragment_queue.py, the first fragment's sleep 1 s (3 s there). */
export const fragmentQueue = definePage("/conformance/fragment-queue", "Fragment queue", async (st) => {
  await st.container({ border: true }).fragment(async (f) => {
    f.button("rerun fragment 1");
    await new Promise((resolve) => setTimeout(resolve, 1000));
    f.write("fragment 1 done!");
  });
  await st.container({ border: true }).fragment((f) => {
    if (f.button("rerun fragment 2")) f.write("ran fragment 2");
    f.write("fragment 2 done!");
  });
  await st.container({ border: true }).fragment((f) => {
    f.button("rerun fragment 3");
    f.write("fragment 3 done!");
  });
});
