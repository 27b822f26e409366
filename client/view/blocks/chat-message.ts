/**
 * st.chatMessage: the avatar, then the message's elements. A group named for assistive
 * technology as Streamlit names it ("Chat message from user"). The avatar comes with the
 * chat chunk; its place is kept until then.
 */
import type { BlockProps } from "../../../protocol/elements";
import { useChatChunk } from "../chat-chunk";
import { html } from "../html";
import { Children } from "../render-node";
import type { ViewProps } from "../view-props";

/** the person's own messages are set apart (Streamlit shades them) */
const USER = new Set(["user", "human"]);

export function ChatMessage({ props, node }: ViewProps<BlockProps["chatMessage"]>) {
  const { module: chat } = useChatChunk();
  const classes = USER.has(props.name.toLowerCase()) ? "el-chat-message el-chat-user" : "el-chat-message";
  return html`<div class=${classes} role="group" aria-label=${`Chat message from ${props.name}`} data-testid="stChatMessage">
    ${chat ? html`<${chat.Avatar} avatar=${props.avatar} />` : html`<div class="el-chat-avatar" aria-hidden="true"></div>`}
    <div class="el-stack el-chat-content">
      <${Children} node=${node} />
    </div>
  </div>`;
}
