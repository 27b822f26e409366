/** htm bound to Preact's `h`, once for the chart's files (each binding would repeat its imports in the bundle). */

import { h } from "preact";
import htm from "htm";

export const html = htm.bind(h);
