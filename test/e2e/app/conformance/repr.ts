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
