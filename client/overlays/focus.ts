/** The first control a person can reach with Tab inside an element. */
const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function firstFocusable(within: HTMLElement): HTMLElement | null {
  for (const el of within.querySelectorAll<HTMLElement>(FOCUSABLE)) if (!el.closest("[hidden]")) return el;
  return null;
}
