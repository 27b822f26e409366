/**
 * Where an author's value sits among a widget's options (multiselect's `default`,
 * selectSlider's `value`), as Streamlit's `index_` finds it with Python's `==`: the very
 * option first, else one equal as plain data (`{ id: 1 }` finds a fresh `{ id: 1 }`), so a
 * default written out again in the page still names its option.
 */
export function optionIndex<T>(options: readonly T[], value: unknown): number {
  const same = options.findIndex((o) => Object.is(o, value));
  if (same !== -1 || value === null || typeof value !== "object") return same;
  const text = plain(value);
  return text === undefined ? -1 : options.findIndex((o) => o !== null && typeof o === "object" && plain(o) === text);
}

function plain(v: unknown): string | undefined {
  try {
    return JSON.stringify(v);
  } catch {
    return undefined; // a cycle or a bigint: only the very object matches
  }
}

/** An option as an error message names it. */
export function describeOption(value: unknown): string {
  return typeof value === "string" ? JSON.stringify(value) : (plain(value) ?? String(value));
}
