/**
 * The one template tag every component uses: htm bound to Preact's `h`, so the client
 * needs no JSX build step and the markup reads like HTML.
 */
import { h } from "preact";
import htm from "htm";

export const html = htm.bind(h);
