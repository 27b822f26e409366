/**
 * The shape every widget kind has on the server: how to check a value the browser sent
 * against the constraints the widget was rendered with. One file per kind exports one of
 * these; `validators.ts` is the table. Returning an `Invalid` rejects the value with its reason.
 */
import type { WireValue } from "../../../protocol/elements";

/** A refused value (a class, since a text widget's valid value is itself a string). */
export class Invalid {
  constructor(readonly reason: string) {}
}

export type Validate = (spec: Record<string, unknown>, value: WireValue) => WireValue | Invalid;

export const invalid = (reason: string) => new Invalid(reason);

export function isNumberIn(v: WireValue, min: number, max: number): v is number {
  return typeof v === "number" && Number.isFinite(v) && v >= min && v <= max;
}

/** True when v sits on the grid min + k·step (with float slack). */
export function onStep(v: number, min: number, step: number): boolean {
  if (!(step > 0)) return true;
  const k = (v - min) / step;
  return Math.abs(k - Math.round(k)) < 1e-6;
}
