/** The chat chunk: what only pages with a chat input or a chat message download. */
export { Avatar } from "./avatar";
export { ChatInput } from "./chat-input";
