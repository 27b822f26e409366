/**
 * The answer to a browser's `rows` request: a window of a dataset, in the order of a sort
 * over all of its rows. Not a run: nothing changes, the page does not re-run. An id no table
 * on the page names, a window that starts past the last row, or a sort by a column the data
 * does not have is refused with an error frame that names the request.
 */
import type { RowsRequest, ServerMsg } from "../../protocol/messages";
import { ProtocolError } from "../../protocol/parse";
import type { DataShelf, ShelfStorage } from "./shelf";
import { windowOf } from "./dataset";

export async function answerRows(shelf: DataShelf, storage: ShelfStorage | null, req: RowsRequest): Promise<ServerMsg> {
  const dataset = await shelf.find(storage, req.data);
  if (!dataset) throw new ProtocolError("unknown_data", `No table on the page shows data ${JSON.stringify(req.data.slice(0, 40))}.`, undefined, req.q);
  if (req.from >= dataset.count) {
    throw new ProtocolError("bad_value", `Rows from ${req.from} are past the end: the table has ${dataset.count} rows.`, undefined, req.q);
  }
  if (req.sort && req.sort[0] >= dataset.names.length) {
    throw new ProtocolError("bad_value", `There is no column ${req.sort[0]} to sort by: the table has ${dataset.names.length}.`, undefined, req.q);
  }
  const order = req.sort ? shelf.order(dataset, req.sort) : null;
  const { rows, idx } = windowOf(dataset, order, req.from, req.to);
  return { t: "rows", q: req.q, data: req.data, from: req.from, rows, idx };
}
