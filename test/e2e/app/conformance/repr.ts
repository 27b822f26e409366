/**
 * A value as Python's `str()` prints it (True, False, None), so a ported page shows the
 * very text its Streamlit test reads ("checkbox 1 - value: True").
 */
export function repr(value: unknown): string {
  if (value === true) return "True";
  if (value === false) return "False";
  if (value === null || value === undefined) return "None";
  return String(value);
}

/** A value as Python's `repr()` prints it inside a list or tuple: strings quoted, the rest as `repr`. */
function item(value: unknown): string {
  return typeof value === "string" ? `'${value}'` : repr(value);
}

/** A list as Python prints it: `['tea', 'water']`. */
export function reprList(values: readonly unknown[]): string {
  return `[${values.map(item).join(", ")}]`;
}

/** A pair as Python prints a tuple: `('orange', 'blue')`. */
export function reprPair([a, b]: readonly [unknown, unknown]): string {
  return `(${item(a)}, ${item(b)})`;
}
