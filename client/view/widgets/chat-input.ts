/**
 * st.chatInput: the box itself is in the chat chunk (client/chat/chat-input.ts), fetched the
 * first time a page has one; until then a box of its size holds its place.
 */
import type { ElementProps } from "../../../protocol/elements";
import { useChatChunk } from "../chat-chunk";
import { html } from "../html";
import type { ViewProps } from "../view-props";

export function ChatInput({ props }: ViewProps<ElementProps["chatInput"]>) {
  const { module: chat, failed } = useChatChunk();
  if (chat) return html`<${chat.ChatInput} props=${props} />`;
  return html`<div class=${props.bottom ? "el-chat-input el-chat-bottom" : "el-chat-input"}>
    <div class="el-chat-box el-chat-loading">${failed ? "The chat input could not be loaded." : ""}</div>
  </div>`;
}
