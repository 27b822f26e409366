/** st.fileUploader, st.downloadButton and st.image as a page sees them (AppTest). */
import { definePage } from "edgelit";
import { AppTest } from "edgelit/testing";
import { describe, expect, it } from "vitest";

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);

const page = definePage("/", "Files", async (st) => {
  const csv = st.fileUploader("A CSV", { type: "csv", maxSize: 0.001 });
  st.text(csv ? `csv ${csv.name} ${csv.size} ${JSON.stringify(await csv.text())}` : "no csv");
  const many = st.fileUploader("Several", { multiple: true });
  st.text(`several: ${many.map((f) => f.name).join(", ") || "none"}`);
  const picture = st.fileUploader("A picture", { type: ["png", "jpg"] });
  if (picture) st.image(picture, { caption: picture.name });
  const clicks = st.state("clicks", 0);
  st.downloadButton("Download text", "a,b\n1,2\n", { fileName: "data.csv", mime: "text/csv" });
  st.downloadButton("Download bytes", async () => PNG, { fileName: "tiny.png", mime: "image/png" });
  const counted = st.downloadButton("Download and count", "x", { onClick: () => void (clicks.value += 1) });
  st.text(`counted=${counted} clicks=${clicks.value}`);
  st.image(PNG, { caption: "bytes", width: 40 });
  st.image("https://example.com/cat.png");
  const f = st.form("upload form");
  const inForm = f.fileUploader("Form file", { type: "txt" });
  f.formSubmitButton("Send");
  st.text(`form file: ${inForm?.name ?? "none"}`);
});

describe("st.fileUploader", () => {
  it("is null until a file is uploaded, then gives its name, size and bytes", async () => {
    const at = await AppTest.run(page);
    expect(at.text[0]?.value).toBe("no csv");
    await at.fileUploader("A CSV").upload({ name: "data.csv", type: "text/csv", bytes: "a,b\n1,2\n" });
    await at.run();
    expect(at.text[0]?.value).toBe('csv data.csv 8 "a,b\\n1,2\\n"');
    expect(at.fileUploader("A CSV").fileNames).toEqual(["data.csv"]);
  });

  it("refuses a PNG renamed to .csv, a file of another type and one over maxSize, and keeps its value", async () => {
    const at = await AppTest.run(page);
    await expect(at.fileUploader("A CSV").upload({ name: "photo.csv", bytes: PNG })).rejects.toThrow(/photo\.csv: its content is not \.csv text \(it is png\)/);
    await expect(at.fileUploader("A CSV").upload({ name: "notes.txt", bytes: "hi" })).rejects.toThrow(/\.txt is not an allowed type \(\.csv\)/);
    await expect(at.fileUploader("A CSV").upload({ name: "big.csv", bytes: "x".repeat(1001) })).rejects.toThrow(/too large: files may be at most 1 KB/);
    await at.run();
    expect(at.text[0]?.value).toBe("no csv");
  });

  it("holds several files when multiple, and forgets one removed with its × button", async () => {
    const at = await AppTest.run(page);
    await at.fileUploader("Several").upload({ name: "a.txt", bytes: "a" }, { name: "b.bin", bytes: new Uint8Array([0, 1, 2]) });
    await at.run();
    expect(at.text[1]?.value).toBe("several: a.txt, b.bin");
    await at.fileUploader("Several").remove("a.txt").run();
    expect(at.text[1]?.value).toBe("several: b.bin");
  });

  it("refuses a value naming an upload that was never made to it", async () => {
    const at = await AppTest.run(page);
    expect(() => at.widget("fileUploader", "A CSV").set(["0123456789abcdef0123456789abcdef"])).toThrow(/no upload 01234567… was made to this widget/);
    expect(() => at.widget("fileUploader", "A CSV").set("nope")).toThrow(/expected a list of upload ids/);
  });

  it("inside a form, hands the file to the page only when the form is submitted", async () => {
    const at = await AppTest.run(page);
    await at.fileUploader("Form file").upload({ name: "note.txt", bytes: "hello" });
    await at.run();
    expect(at.text.at(-1)?.value).toBe("form file: none");
    await at.formSubmitButton("Send").click().run();
    expect(at.text.at(-1)?.value).toBe("form file: note.txt");
  });

  it("shows an uploaded picture with st.image, served from its stored bytes", async () => {
    const at = await AppTest.run(page);
    await at.fileUploader("A picture").upload({ name: "dot.png", bytes: PNG });
    await at.run();
    const shown = at.image.find((i) => i.node.p.caption === "dot.png")!;
    expect(await at.imageBytes(shown)).toEqual(PNG);
  });
});

describe("st.downloadButton", () => {
  it("links its new bytes after a run slow enough to send part of the page first", async () => {
    // The partial frame shows the button before its bytes are hashed; the run's last frame
    // must still name them (a node's props changed in place once hid the change from the diff).
    const slow = definePage("/", "Slow", async (st) => {
      const n = st.slider("n", { min: 1, max: 5, value: 1 });
      st.downloadButton("Rows", "x\n".repeat(n), { fileName: "rows.txt" });
      await new Promise((r) => setTimeout(r, 20)); // the button goes out in a partial frame
      st.text("after the wait");
    });
    const at = await AppTest.run(slow);
    await at.slider("n").set(3).run();
    expect(await at.downloadButton("Rows").text()).toBe("x\nx\nx\n");
  });

  it("downloads exactly the data given, with its file name and type", async () => {
    const at = await AppTest.run(page);
    const text = at.downloadButton("Download text");
    expect([text.fileName, text.mime, await text.text()]).toEqual(["data.csv", "text/csv", "a,b\n1,2\n"]);
    const bytes = at.downloadButton("Download bytes");
    expect(await bytes.bytes()).toEqual(PNG);
  });

  it("does not re-run the page on a click unless it has an onClick, which makes it true for that run", async () => {
    const at = await AppTest.run(page);
    expect(() => at.downloadButton("Download text").click()).toThrow(/does not re-run the page/);
    await at.downloadButton("Download and count").click().run();
    expect(at.text.find((t) => String(t.value).startsWith("counted"))?.value).toBe("counted=true clicks=1");
  });
});

describe("st.image", () => {
  it("shows bytes (type sniffed) and URLs, with caption and width", async () => {
    const at = await AppTest.run(page);
    const [bytes, url] = at.image;
    expect(bytes?.node.p).toMatchObject({ caption: "bytes", width: 40 });
    expect(await at.imageBytes(bytes!)).toEqual(PNG);
    expect(url?.node.p.src).toBe("https://example.com/cat.png");
  });

  it("refuses bytes that are not an image, and a URL that is not http(s)", async () => {
    const bad = definePage("/", "Bad", (st) => {
      if (st.checkbox("text")) st.image(new TextEncoder().encode("hello"));
      if (st.checkbox("js")) st.image("javascript:alert(1)");
    });
    const at = await AppTest.run(bad);
    await at.checkbox("text").check().run();
    expect(at.exception[0]?.value).toMatch(/not a PNG, JPEG, GIF, WebP or BMP image/);
    await at.checkbox("text").uncheck().run();
    await at.checkbox("js").check().run();
    expect(at.exception[0]?.value).toMatch(/a URL must be http\(s\)/);
  });
});
