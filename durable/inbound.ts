/**
 * A parsed ClientMsg becomes run input only if every value fits the widget it names, as
 * that widget was last rendered: unknown ids, values outside a slider's range, an option
 * index past the list, wrong types — each is refused with a ProtocolError (the error frame
 * to answer with) and nothing changes.
 */
import type { WireValue } from "../protocol/elements";
import type { ClientMsg } from "../protocol/messages";
import { ProtocolError } from "../protocol/parse";
import { emptyInput, type RunInput } from "./runner";
import type { App } from "./st/app";
import type { SessionStores, WidgetMeta } from "./st/context";
import { unknownUpload } from "./st/widgets/file-uploader";
import { Invalid } from "./st/widgets/kind";
import { validatorOf } from "./st/widgets/validators";

const TRIGGERS = new Set(["button", "formSubmitButton", "downloadButton", "chatInput"]);

export function toRunInput(msg: ClientMsg, stores: SessionStores, app: App): RunInput {
  const input = emptyInput();
  if (msg.n !== undefined) input.ack = msg.n;
  switch (msg.t) {
    case "widget": {
      const meta = known(stores, msg.id);
      if (meta.form !== undefined) {
        throw new ProtocolError("bad_value", `${describe(meta)} is in form "${meta.form}"; its value is sent when the form is submitted.`);
      }
      accept(input, msg.id, meta, msg.v, stores);
      if (meta.fragment !== undefined) input.fragments = new Set([meta.fragment]);
      return input;
    }
    case "submit": {
      const button = known(stores, msg.button);
      if (button.kind !== "formSubmitButton" || button.form !== msg.form) {
        throw new ProtocolError("bad_value", `${describe(button)} is not a submit button of form "${msg.form}".`);
      }
      for (const [id, v] of Object.entries(msg.values)) {
        const meta = known(stores, id);
        if (meta.form !== msg.form || TRIGGERS.has(meta.kind)) {
          throw new ProtocolError("bad_value", `${describe(meta)} is not an input of form "${msg.form}".`);
        }
        accept(input, id, meta, v, stores);
      }
      input.triggers.add(msg.button);
      input.submitted.add(msg.form);
      if (button.fragment !== undefined) input.fragments = new Set([button.fragment]);
      return input;
    }
    case "nav":
      if (!app.find(msg.page)) throw new ProtocolError("unknown_page", `There is no page at ${JSON.stringify(msg.page)}.`);
      input.page = msg.page;
      // a link opens its page without parameters (Streamlit); Back and Forward bring the entry's
      input.query = msg.qs ?? "";
      return input;
    case "rerun":
      return input;
    case "rows":
      // answered by the session (durable/data/windows.ts), never a run
      throw new ProtocolError("bad_frame", "A rows request is not an input.", undefined, msg.q);
  }
}

function known(stores: SessionStores, id: string): WidgetMeta {
  const meta = Object.hasOwn(stores.meta, id) ? stores.meta[id] : undefined;
  if (!meta) throw new ProtocolError("unknown_widget", `No widget with id ${JSON.stringify(id.slice(0, 60))} is on the page.`);
  return meta;
}

function accept(input: RunInput, id: string, meta: WidgetMeta, v: WireValue, stores: SessionStores): void {
  if (meta.disabled) throw new ProtocolError("bad_value", `${describe(meta)} is disabled.`, id);
  const checked = validatorOf(meta.kind)(meta.spec, v);
  if (checked instanceof Invalid) {
    throw new ProtocolError("bad_value", `Value ${JSON.stringify(v)?.slice(0, 80)} for ${describe(meta)} was refused: ${checked.reason}.`, id);
  }
  // an uploader's value must name uploads made to it (durable/files/upload.ts)
  const missing = meta.kind === "fileUploader" ? unknownUpload(stores.files, id, checked) : null;
  if (missing) throw new ProtocolError("bad_value", `Value for ${describe(meta)} was refused: ${missing}.`, id);
  if (TRIGGERS.has(meta.kind)) {
    input.triggers.add(id);
    // a chat message is a press that carries text: the run reads it from the widget's value
    if (meta.kind === "chatInput") input.values.set(id, checked);
  } else {
    input.values.set(id, checked);
    input.shown.set(id, v);
  }
}

function describe(meta: WidgetMeta): string {
  return `${meta.kind} "${meta.label}"`;
}
