/** An exception shown in the app: its name, message and stack lines. */
import type { ElementProps } from "../../../protocol/elements";

export function exceptionProps(error: unknown): ElementProps["exception"] {
  if (error instanceof Error) {
    const stack = (error.stack ?? "")
      .split("\n")
      .slice(1)
      .map((line) => line.trim())
      .filter(Boolean);
    return { name: error.name, message: error.message, stack };
  }
  return { name: "Error", message: String(error), stack: [] };
}
