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

export function ChatMessage({ props, node }: ViewProps<BlockProps["chatMessage"]>) {
  const { module: chat } = useChatChunk();
  return html`<div class="el-chat-message" role="group" aria-label=${`Chat message from ${props.name}`} data-testid="stChatMessage">
    ${chat ? html`<${chat.Avatar} avatar=${props.avatar} />` : html`<div class="el-chat-avatar" aria-hidden="true"></div>`}
    <div class="el-stack el-chat-content">
      <${Children} node=${node} />
    </div>
  </div>`;
}
