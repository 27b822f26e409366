/**
 * What a multiselect's open list offers (plain TypeScript; view/widgets/multiselect.ts draws
 * it): the options not yet chosen whose text contains what was typed, ignoring case — or,
 * once maxSelections are chosen, nothing but Streamlit's note saying so.
 */

/** Streamlit's words for the list when nothing can be offered */
export const NO_RESULTS = "No results";

export function maxSelectionsNote(max: number): string {
  return `You can only select up to ${max} ${max === 1 ? "option" : "options"}. Remove an option first.`;
}

export interface Menu {
  /** indices of the options offered, in the options' order */
  offered: number[];
  /** shown in place of the options when none are offered */
  note?: string;
}

export function menuOf(options: readonly string[], chosen: readonly number[], filter: string, max?: number): Menu {
  if (max !== undefined && chosen.length >= max) return { offered: [], note: maxSelectionsNote(max) };
  const needle = filter.toLowerCase();
  const offered = options.flatMap((text, i) => (!chosen.includes(i) && text.toLowerCase().includes(needle) ? [i] : []));
  return offered.length ? { offered } : { offered, note: NO_RESULTS };
}
