/** The table code's own chunk (lazy.ts loads it): the virtualised grid, the static table, their cells and formats. */
export { Grid } from "./grid";
export { StaticTable } from "./static-table";
