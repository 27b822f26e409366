/**
 * The table of inbound-value validators, one per widget kind, for values from the browser
 * (durable/inbound.ts); a widget's own call passes its validator to registerWidget.
 */
import type { WidgetKind } from "../../../protocol/elements";
import { validateButton } from "./button";
import { validateChat } from "./chat-input";
import { validateBoolean } from "./checkbox";
import { validateColor } from "./color-picker";
import { validateChoiceOrNone } from "./choice";
import { validateEdits } from "./data-editor";
import { validateDate } from "./date-input";
import { validateSelection } from "../elements/dataframe";
import { validateDownload } from "./download-button";
import { validateFiles } from "./file-uploader";
import type { Validate } from "./kind";
import { validateDialog } from "../overlays";
import { validateMultiselect } from "./multiselect";
import { validateNumber } from "./number-input";
import { validateSelectSlider } from "./select-slider";
import { validateSlider } from "./slider";
import { validateText } from "./text-input";
import { validateTime } from "./time-input";

const table: Record<WidgetKind, Validate> = {
  button: validateButton,
  formSubmitButton: validateButton,
  checkbox: validateBoolean,
  toggle: validateBoolean,
  radio: validateChoiceOrNone,
  selectbox: validateChoiceOrNone,
  multiselect: validateMultiselect,
  slider: validateSlider,
  selectSlider: validateSelectSlider,
  textInput: validateText,
  textArea: validateText,
  timeInput: validateTime,
  colorPicker: validateColor,
  numberInput: validateNumber,
  dateInput: validateDate,
  dataframe: validateSelection,
  fileUploader: validateFiles,
  downloadButton: validateDownload,
  dataEditor: validateEdits,
  chatInput: validateChat,
  dialog: validateDialog as Validate,
};

export function validatorOf(kind: WidgetKind): Validate {
  return table[kind];
}
