/**
 * A container: where elements land. `st` itself, the sidebar, columns, tabs, expanders,
 * forms and placeholders are all containers with the same element methods (Streamlit's
 * DeltaGenerator): `const [a, b] = st.columns(2); a.metric(...)`.
 *
 * The methods live in one file per family (elements/, widgets/, layout.ts) and are mixed
 * in here, so adding a kind never grows this file.
 */
import type { BlockKind, BlockProps, ElementKind, ElementProps } from "../../protocol/elements";
import type { Path } from "../../protocol/tree";
import type { RunContext } from "./context";
import { type CacheStatsApi, cacheStatsApi } from "./elements/cache-stats";
import { type ChartApi, chartApi } from "./elements/chart";
import { type ChatMessageApi, chatMessageApi } from "./elements/chat-message";
import { type DataframeApi, dataframeApi } from "./elements/dataframe";
import { type FeedbackApi, feedbackApi } from "./elements/feedback";
import { type ImageApi, imageApi } from "./elements/image";
import { type StatusApi, statusApi } from "./elements/status";
import { type TableApi, tableApi } from "./elements/table";
import { type TextApi, textApi } from "./elements/text";
import { type WriteStreamApi, writeStreamApi } from "./elements/write-stream";
import { type FragmentApi, fragmentApi } from "./fragment";
import { type LayoutApi, layoutApi } from "./layout";
import { type OverlayApi, overlayApi } from "./overlays";
import type { Scope, Target } from "./target";
import { type WidgetApi, widgetApi } from "./widgets";

export type { Scope } from "./target";

export interface Container extends TextApi, StatusApi, ChartApi, DataframeApi, FeedbackApi, TableApi, CacheStatsApi, ImageApi, LayoutApi, FragmentApi, OverlayApi, WidgetApi, ChatMessageApi, WriteStreamApi {}

export class Container implements Target {
  private nextIndex = 0;

  /** @internal */
  constructor(
    /** @internal */ readonly ctx: RunContext,
    /** @internal */ readonly path: Path,
    /** @internal */ readonly scope: Scope,
    /** a placeholder (`st.empty()`): every write replaces the one node at `path` */
    private readonly locked = false,
  ) {}

  /** @internal the path the next node goes to */
  slot(): Path {
    return this.locked ? this.path : [...this.path, this.nextIndex++];
  }

  /** @internal writes a leaf element */
  element<K extends ElementKind>(k: K, p: ElementProps[K]): Path {
    this.ctx.checkpoint();
    this.ctx.guard(this.scope);
    const path = this.slot();
    this.ctx.place(path, { k, p: p as Record<string, unknown> });
    return path;
  }

  /** @internal opens a block and returns the container for its children */
  block<K extends BlockKind>(k: K, p: BlockProps[K], scope: Scope = this.scope): Container {
    this.ctx.checkpoint();
    this.ctx.guard(this.scope);
    const path = this.slot();
    this.ctx.place(path, { k, p: p as Record<string, unknown>, c: [] });
    return new Container(this.ctx, path, scope);
  }

  /** @internal reserves a slot as a placeholder */
  placeholder(): Container {
    return this.handle(this.element("empty", {}));
  }

  /** @internal the node at `path` as a placeholder: each write replaces it */
  handle(path: Path): Container {
    return new Container(this.ctx, path, this.scope, true);
  }
}

Object.assign(Container.prototype, textApi, statusApi, chartApi, dataframeApi, feedbackApi, tableApi, cacheStatsApi, imageApi, layoutApi, fragmentApi, overlayApi, widgetApi, chatMessageApi, writeStreamApi);
