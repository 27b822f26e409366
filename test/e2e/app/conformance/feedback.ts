/**
 * Streamlit's e2e_playwright/st_progress.py, st_toast.py, st_status.py and
 * st_query_params.py, plus what those can't show without Python's `with`: a progress bar a
 * running page moves, toasts raised by a button, a toast that goes by itself, and a second
 * page to navigate to with parameters in the address bar.
 */
import { definePage } from "../../../../durable/st/app";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const progressPage = definePage("/conformance/progress", "Progress", async (st) => {
  st.progress(50);
  st.progress(30, "This is very long and boring text. ".repeat(6));
  st.progress(0.5, "Please be patient 🕐. **bold text**. $$ x = 1 + 2 $$, :blue[Blue text]");
  if (st.button("Start work")) {
    const bar = st.progress(0, "Working");
    await sleep(50);
    bar.update(50, "Halfway");
    // long enough to be seen while the run is still going, on a loaded machine too
    await sleep(1500);
    bar.update(100, "Done");
  }
});

export const toastPage = definePage("/conformance/toast", "Toast", async (st) => {
  st.setPageConfig({ layout: "wide" });
  st.toast("This is a default toast message", { icon: "🐶" });
  st.toast(
    "Random toast message that is a really really really really really really really long message, going way past the 3 line limit",
    { icon: "🦄" },
  );
  st.toast("Your edited image was saved!", { icon: "💾", duration: "infinite" });
  if (st.button("Quick toast")) st.toast("Gone in a second", { duration: 1 });
  if (st.button("Cook")) {
    const msg = st.toast("Gathering ingredients...", { duration: "long" });
    await sleep(800);
    msg.toast("Ready!", { icon: "🥞" });
  }
  st.text("toasts raised");
});

export const statusPage = definePage("/conformance/status", "Status", async (st) => {
  const running = st.status("Running status", { expanded: true });
  running.write("Doing some work...");

  st.status("Completed status", { expanded: true, state: "complete" }).write("Hello world");

  st.status("Error status", { expanded: true, state: "error" }).error("Oh no, something went wrong!");

  st.status("Collapsed", { state: "complete" }).write("Hello world");

  const label = st.status("About to change label...", { state: "complete" });
  label.write("Hello world");
  label.update({ label: "Changed label" });

  const status = st.status("Without context manager", { state: "complete" });
  status.write("Hello world");
  status.update({ state: "error", expanded: true });

  const collapse = st.status("Collapse via update...", { state: "complete", expanded: true });
  collapse.write("Hello world");
  collapse.update({ label: "Collapsed", expanded: false });

  st.status("Empty state...", { state: "complete" });

  // Python's `with`: run() marks the status failed when its work throws
  try {
    await st.status("Uncaught exception").run((s) => {
      s.write("Hello world");
      throw new Error("Error!");
    });
  } catch {
    // (the page goes on, as Streamlit's does after its except)
  }
});

export const queryParamsPage = definePage("/conformance/query-params", "Query params", (st) => {
  // (the buttons first, so the markdown shows what they did)
  if (st.button("Set step")) st.queryParams.set("step", String(Number(st.queryParams.get("step") ?? "0") + 1));
  if (st.button("Clear")) st.queryParams.clear();
  st.markdown(String(st.queryParams));
});

export const queryParamsOther = definePage("/conformance/query-params-other", "Query params other", (st) => {
  st.text(`other page sees ${String(st.queryParams)}`);
});
