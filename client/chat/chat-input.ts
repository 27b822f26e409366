/**
 * st.chatInput: a message box that grows with its text. Enter sends the message and
 * clears the box, Shift+Enter is a new line (as is Enter while an input method is
 * composing); the send button does what Enter does. An empty message is never sent.
 * Pinned to the bottom of the main area when the page wrote it there (`bottom`). Part of
 * the chat chunk (client/view/widgets/chat-input.ts loads it).
 */
import { useContext, useLayoutEffect, useRef, useState } from "preact/hooks";
import type { ElementProps } from "../../protocol/elements";
import { InputContext, OfflineContext } from "../view/contexts";
import { html } from "../view/html";

/** the box grows to this many pixels, then scrolls */
const MAX_HEIGHT = 200;

export function ChatInput({ props }: { props: ElementProps["chatInput"] }) {
  const { send } = useContext(InputContext);
  const offline = useContext(OfflineContext);
  const [text, setText] = useState("");
  const area = useRef<HTMLTextAreaElement>(null);
  const disabled = !!props.disabled || offline;

  // grow with the text (and shrink back), up to MAX_HEIGHT
  useLayoutEffect(() => {
    const el = area.current;
    if (!el) return;
    el.style.height = "auto";
    el.style.height = `${Math.min(el.scrollHeight, MAX_HEIGHT)}px`;
  }, [text]);

  const submit = () => {
    if (disabled || text.trim() === "") return;
    send({ t: "widget", id: props.id, v: text });
    setText("");
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== "Enter" || e.shiftKey || e.isComposing) return;
    e.preventDefault();
    submit();
  };
  const classes = `el-chat-input${props.bottom ? " el-chat-bottom" : ""}`;
  return html`<div class=${classes} title=${props.help} data-testid="stChatInput">
    <div class="el-chat-box">
      <textarea
        ref=${area}
        rows="1"
        class="el-chat-text"
        aria-label=${props.label}
        placeholder=${props.label}
        maxLength=${props.maxChars}
        disabled=${disabled}
        value=${text}
        onInput=${(e: Event) => setText((e.currentTarget as HTMLTextAreaElement).value)}
        onKeyDown=${onKeyDown}
      ></textarea>
      <button
        type="button"
        class="el-chat-send"
        aria-label="Send message"
        data-testid="stChatInputSubmitButton"
        disabled=${disabled || text.trim() === ""}
        onClick=${submit}
      >
        <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true"><path fill="currentColor" d="M3 20.5v-17L22 12 3 20.5Zm2-3 11.9-5.5L5 6.5v4l6 1.5-6 1.5v4Z" /></svg>
      </button>
    </div>
    ${props.maxChars !== undefined && text.length > 0 && html`<div class="el-chat-count" aria-live="polite">${text.length}/${props.maxChars}</div>`}
  </div>`;
}
