/**
 * st.chatMessage: a container for one message of a conversation, with its avatar. The
 * avatar follows Streamlit: "user" / "human" get the user icon and "assistant" / "ai" the
 * assistant icon unless one is given; an emoji (or any short text) is shown as it is, an
 * http(s) URL as an image; a name with no avatar shows its first letter.
 */
import type { ChatAvatar } from "../../../protocol/elements";
import type { Container } from "../container";
import { AuthorError } from "../errors";

export interface ChatMessageOptions {
  /** "user" / "assistant" (the icons), an emoji, or an http(s) image URL */
  avatar?: string;
}

export interface ChatMessageApi {
  /**
   * A chat message container: write its content into the container it returns.
   * @example const reply = st.chatMessage("assistant"); reply.markdown("Hello!");
   */
  chatMessage(name: "user" | "assistant" | (string & {}), opts?: ChatMessageOptions): Container;
}

const USER = new Set(["user", "human"]);
const ASSISTANT = new Set(["assistant", "ai"]);

export function avatarOf(name: string, avatar: string | undefined): ChatAvatar {
  const preset = avatar ?? name.toLowerCase();
  if (USER.has(preset)) return { icon: "user" };
  if (ASSISTANT.has(preset)) return { icon: "assistant" };
  if (avatar === undefined) return { text: [...name][0]?.toUpperCase() ?? "" };
  if (/^https?:\/\//i.test(avatar)) {
    try {
      return { src: new URL(avatar).href };
    } catch {
      throw new AuthorError(`chatMessage: the avatar ${JSON.stringify(avatar.slice(0, 80))} is not a URL.`);
    }
  }
  // an emoji is one or two grapheme clusters; more than that is not an avatar
  if ([...avatar].length > 4) {
    throw new AuthorError(`chatMessage: the avatar ${JSON.stringify(avatar.slice(0, 80))} is neither "user", "assistant", an emoji nor an http(s) image URL.`);
  }
  return { text: avatar };
}

export const chatMessageApi: ChatMessageApi & ThisType<Container> = {
  chatMessage(name, opts = {}) {
    const label = String(name);
    if (label === "") throw new AuthorError("chatMessage: give the message's author a name (\"user\", \"assistant\" or any other).");
    return this.block("chatMessage", { name: label, avatar: avatarOf(label, opts.avatar) });
  },
};
