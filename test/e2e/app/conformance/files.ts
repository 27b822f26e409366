/**
 * Streamlit's e2e_playwright/st_file_uploader.py, st_download_button.py and st_image.py,
 * the parts edgelit has (see file-uploader.test.ts, download-button.test.ts, image.test.ts).
 */
import { definePage } from "../../../../durable/st/app";
import { gradientBmp } from "./bmp";

export const fileUploaderPage = definePage("/conformance/file-uploader", "File uploader", async (st) => {
  const single = st.fileUploader("Drop a file:", { type: ["txt"], key: "single" });
  st.text(single ? await single.text() : "No upload");
  const disabled = st.fileUploader("Can't drop a file:", { type: ["txt"], key: "disabled", disabled: true });
  st.text(disabled ? await disabled.text() : "No upload");
  const multiple = st.fileUploader("Drop multiple files:", { type: ["txt"], multiple: true, key: "multiple" });
  st.text(multiple.length ? (await Promise.all(multiple.map((f) => f.text()))).join("\n") : "No upload");
  const form = st.form("foo");
  const inForm = form.fileUploader("Inside form:", { type: ["txt"] });
  form.formSubmitButton("Submit");
  form.text(inForm ? `form: ${await inForm.text()}` : "form: No upload");
  const counter = st.state("counter", 0);
  st.fileUploader("Counted:", { type: ["txt"], key: "on_change_file_uploader_key", onChange: () => void (counter.value += 1), help: "Each change counts" });
  st.text(`counter: ${counter.value}`);
  const big = st.fileUploader("Big file:", { maxSize: 30 });
  st.text(big ? `big: ${big.name} ${big.size}` : "big: none");
  const picture = st.fileUploader("Picture:", { type: ["png", "bmp"] });
  if (picture) st.image(picture, { caption: `uploaded ${picture.name}` });
});

export const downloadButtonPage = definePage("/conformance/download-button", "Download button", (st) => {
  st.downloadButton("Download button label", "Hello world!", { fileName: "hello.txt" });
  st.downloadButton("Disabled download", "Hello world!", { fileName: "hello.txt", key: "disabled_dl_button", disabled: true });
  st.downloadButton("Download RAR archive file", new TextEncoder().encode("bytes"), { fileName: "archive.rar", mime: "application/vnd.rar" });
  st.downloadButton("Download image file", gradientBmp(64, 48), { fileName: "gradient.bmp", mime: "image/bmp" });
  st.downloadButton("Primary download button", async () => "made when the page ran", { fileName: "made.txt", type: "primary", help: "Example help text" });
  const clicked = st.downloadButton("Download random text", String(Math.random()));
  st.text(`value: ${clicked}`);
  const times = st.state("times", 0);
  const withCallback = st.downloadButton("Download with callback", "Hello world!", {
    fileName: "hello.txt",
    onClick: (n: number) => void (times.value += n),
    args: [1],
  });
  st.text(`callback value: ${withCallback}`);
  st.text(`times clicked: ${times.value}`);
  st.checkbox("Some other widget");
});

export const imagePage = definePage("/conformance/image", "Image", (st) => {
  st.image(gradientBmp(100, 60), { caption: "Black Square" });
  st.image(gradientBmp(100, 60), { caption: "Narrow", width: 50 });
  st.image("https://example.com/cat.bmp", { caption: "From a URL" });
});
