/** st.empty: a placeholder not written yet. Renders nothing; CSS hides its empty wrapper. */
export function Empty() {
  return null;
}
