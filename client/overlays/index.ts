/** The overlays chunk: st.popover and st.dialog (loaded by client/view/blocks/overlays-chunk.ts). */
export { Dialog } from "./dialog";
export { Popover } from "./popover";
