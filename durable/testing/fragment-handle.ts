/**
 * A fragment as AppTest reads it: what it drew, and a way to fire its `runEvery` timer
 * (the session's ticker does this while a browser is connected).
 */
import type { Node } from "../../protocol/tree";
import { type ElementView, flatten } from "./read";

export class FragmentHandle {
  constructor(
    readonly id: string,
    private readonly node: Node,
    /** milliseconds between timed runs, when it has runEvery */
    readonly runEvery: number | undefined,
    private readonly tick_: () => Promise<unknown>,
  ) {}

  /** Everything drawn inside the fragment, in order. */
  get elements(): ElementView[] {
    return flatten({ roots: [this.node, { k: "root", p: {}, c: [] }] });
  }

  /** Texts of the text-like elements inside it (text, markdown, captions, alerts), as a person reads them. */
  get text(): string[] {
    return this.elements.filter((e) => typeof e.value === "string" && !e.node.p.id).map((e) => e.value as string);
  }

  /** One `runEvery` tick: the fragment runs on its own, as the session's timer runs it. */
  async tick(): Promise<void> {
    if (this.runEvery === undefined) throw new Error(`AppTest: fragment ${this.id} has no runEvery.`);
    await this.tick_();
  }
}

/** A dialog as AppTest reads it: open or not, what its body drew, and the person's close. */
export class DialogView {
  constructor(
    private readonly node: Node,
    private readonly close_: (id: string) => Promise<unknown>,
  ) {}

  get title(): string {
    return this.node.p.label as string;
  }

  get isOpen(): boolean {
    return this.node.p.value === true;
  }

  /** Everything its body drew (nothing while it is closed). */
  get elements(): ElementView[] {
    return flatten({ roots: [this.node, { k: "root", p: {}, c: [] }] });
  }

  get text(): string[] {
    return this.elements.filter((e) => typeof e.value === "string" && !e.node.p.id).map((e) => e.value as string);
  }

  /** The person closes it (Escape, ×, the backdrop): refused, as a browser's is, unless dismissible. Runs. */
  async dismiss(): Promise<void> {
    await this.close_(this.node.p.id as string);
  }
}
