/**
 * A chat message's avatar: Streamlit's user and assistant icons, an emoji or letter, or an
 * image. Part of the chat chunk (client/view/blocks/chat-message.ts loads it).
 */
import type { ChatAvatar } from "../../protocol/elements";
import { html } from "../view/html";

export function Avatar({ avatar }: { avatar: ChatAvatar }) {
  if ("src" in avatar) return html`<img class="el-chat-avatar" src=${avatar.src} alt="" data-testid="stChatMessageAvatarImage" />`;
  if ("text" in avatar) return html`<div class="el-chat-avatar el-chat-avatar-text" aria-hidden="true" data-testid="stChatMessageAvatarCustom">${avatar.text}</div>`;
  const user = avatar.icon === "user";
  return html`<div
    class=${`el-chat-avatar el-chat-avatar-${avatar.icon}`}
    aria-hidden="true"
    data-testid=${user ? "stChatMessageAvatarUser" : "stChatMessageAvatarAssistant"}
  >
    <svg viewBox="0 0 24 24" width="20" height="20">
      ${user
        ? html`<path fill="currentColor" d="M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8Zm0 2c-3.3 0-8 1.7-8 5v1h16v-1c0-3.3-4.7-5-8-5Z" />`
        : html`<path fill="currentColor" d="M20 9V7a2 2 0 0 0-2-2h-3a3 3 0 0 0-6 0H6a2 2 0 0 0-2 2v2a3 3 0 0 0 0 6v4a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-4a3 3 0 0 0 0-6ZM8.5 12a1.5 1.5 0 1 1 0-3 1.5 1.5 0 0 1 0 3Zm7 0a1.5 1.5 0 1 1 0-3 1.5 1.5 0 0 1 0 3ZM8 17h8v-2H8v2Z" />`}
    </svg>
  </div>`;
}
