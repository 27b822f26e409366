/**
 * The table of inbound-value validators, one per widget kind. Built on first use: the
 * kind files import the registration code that reads this table (a module cycle).
 */
import type { WidgetKind } from "../../../protocol/elements";
import { validateButton } from "./button";
import { validateBoolean } from "./checkbox";
import { validateChoiceOrNone } from "./choice";
import { validateDate } from "./date-input";
import type { Validate } from "./kind";
import { validateNumber } from "./number-input";
import { validateSlider } from "./slider";
import { validateText } from "./text-input";

let table: Record<WidgetKind, Validate> | undefined;

export function validatorOf(kind: WidgetKind): Validate {
  table ??= {
    button: validateButton,
    formSubmitButton: validateButton,
    checkbox: validateBoolean,
    toggle: validateBoolean,
    radio: validateChoiceOrNone,
    selectbox: validateChoiceOrNone,
    slider: validateSlider,
    textInput: validateText,
    numberInput: validateNumber,
    dateInput: validateDate,
  };
  return table[kind];
}
