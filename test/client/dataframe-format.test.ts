/** What a dataframe cell shows, by its column's type and format (Streamlit's column formatting). */
import { describe, expect, it } from "vitest";
import { cellText, formatDate, formatNumber, linkText, progressOf } from "../../client/view/elements/dataframe/format";
import { sprintf } from "../../client/view/elements/dataframe/sprintf";

describe("printf-style number formats", () => {
  it("formats as Streamlit's sprintf does", () => {
    expect(sprintf("%d", 3.7)).toBe("3");
    expect(sprintf("%.2f", 1234.567)).toBe("1234.57");
    expect(sprintf("$%.2f", 1.5)).toBe("$1.50");
    expect(sprintf("%.1f%%", 12.34)).toBe("12.3%");
    expect(sprintf("%05d", 42)).toBe("00042");
    expect(sprintf("%+.1f", 2)).toBe("+2.0");
    expect(sprintf("%e", 1500)).toBe("1.500000e+03");
    expect(sprintf("%g", 0.0001234)).toBe("0.0001234");
    expect(sprintf("%d ⭐", -3)).toBe("-3 ⭐");
  });
});

describe("named number formats", () => {
  it("has Streamlit's names", () => {
    expect(formatNumber(1234.5678)).toBe("1,234.5678");
    expect(formatNumber(0.1234, "percent")).toBe("12.34%");
    expect(formatNumber(1234.5, "dollar")).toBe("$1,234.50");
    expect(formatNumber(1234.5, "euro")).toBe("€1,234.50");
    expect(formatNumber(-1234.5, "accounting")).toBe("(1,234.50)");
    expect(formatNumber(1234, "compact")).toBe("1.2K");
    expect(formatNumber(1234, "scientific")).toBe("1.234E3");
    expect(formatNumber(1234.5678, "plain")).toBe("1234.5678");
  });
});

describe("dates and times", () => {
  const d = new Date("2024-01-05T13:04:09Z");
  it("takes momentJS tokens, in the data's clock (UTC)", () => {
    expect(formatDate(d, "YYYY-MM-DD HH:mm:ss")).toBe("2024-01-05 13:04:09");
    expect(formatDate(d, "D MMM YYYY, h:mm a")).toBe("5 Jan 2024, 1:04 pm");
    expect(formatDate(d, "dddd [the] Do")).toBe("Friday the 5th");
  });
  it("draws date, time and datetime columns with Streamlit's defaults", () => {
    expect(cellText({ name: "d", type: "date" }, "2024-01-05T13:04:09.000Z")).toBe("2024-01-05");
    expect(cellText({ name: "t", type: "time" }, "13:04:09")).toBe("13:04:09");
    expect(cellText({ name: "dt", type: "datetime" }, "2024-01-05T13:04:09.000Z")).toBe("2024-01-05 13:04:09");
  });
});

describe("other cells", () => {
  it("shows a link's text from a fixed text or a regex group", () => {
    expect(linkText("https://roadmap.streamlit.app", "https://(.*?)\\.streamlit\\.app")).toBe("roadmap");
    expect(linkText("https://x.io", "Open")).toBe("Open");
    expect(linkText("https://x.io", undefined)).toBe("https://x.io");
  });
  it("fills a progress bar from min to max (0–100, or 0–1 for percent)", () => {
    expect(progressOf({ name: "p", type: "progress" }, 25)).toBe(0.25);
    expect(progressOf({ name: "p", type: "progress", format: "percent" }, 0.5)).toBe(0.5);
    expect(progressOf({ name: "p", type: "progress", min: 10, max: 20 }, 30)).toBe(1);
  });
  it("shows a list as its values", () => {
    expect(cellText({ name: "l", type: "list" }, [1, 2.5, null])).toBe("[1, 2.5, None]");
  });
});
