/** Every widget's author methods, mixed into Container. */
import { type ButtonApi, buttonApi } from "./button";
import { type CheckboxApi, checkboxApi } from "./checkbox";
import { type ChatInputApi, chatInputApi } from "./chat-input";
import { type ChoiceApi, choiceApi } from "./choice";
import { type ColorPickerApi, colorPickerApi } from "./color-picker";
import { type DataEditorApi, dataEditorApi } from "./data-editor";
import { type DateInputApi, dateInputApi } from "./date-input";
import { type DownloadButtonApi, downloadButtonApi } from "./download-button";
import { type FileUploaderApi, fileUploaderApi } from "./file-uploader";
import { type MultiselectApi, multiselectApi } from "./multiselect";
import { type NumberInputApi, numberInputApi } from "./number-input";
import { type SelectSliderApi, selectSliderApi } from "./select-slider";
import { type SliderApi, sliderApi } from "./slider";
import { type TextAreaApi, textAreaApi } from "./text-area";
import { type TextInputApi, textInputApi } from "./text-input";
import { type TimeInputApi, timeInputApi } from "./time-input";

export interface WidgetApi extends ButtonApi, CheckboxApi, ChoiceApi, MultiselectApi, SliderApi, SelectSliderApi, TextInputApi, TextAreaApi, NumberInputApi, DateInputApi, TimeInputApi, ColorPickerApi, DataEditorApi, FileUploaderApi, DownloadButtonApi, ChatInputApi {}

export const widgetApi = { ...buttonApi, ...checkboxApi, ...choiceApi, ...multiselectApi, ...sliderApi, ...selectSliderApi, ...textInputApi, ...textAreaApi, ...numberInputApi, ...dateInputApi, ...timeInputApi, ...colorPickerApi, ...dataEditorApi, ...fileUploaderApi, ...downloadButtonApi, ...chatInputApi };
