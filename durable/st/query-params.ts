/**
 * `st.queryParams` (Streamlit's st.query_params): the page's parameters in the address bar.
 * A link with parameters opens the page with them (the first run sees them); a change the
 * page makes is sent with the run's next frame and the browser puts it in the address bar,
 * so it is there after a refresh and in a copied link. Values are strings; a key given
 * several times holds the list (`getAll`), `get` its last value, as Streamlit.
 */
import { MAX_QUERY_CHARS } from "../../protocol/messages";
import { formatQuery, MAX_QUERY_KEYS, parseQuery, type QueryValues } from "../../protocol/query";
import { AuthorError } from "./errors";

type Settable = string | number | boolean | bigint;

export class QueryParams {
  /** parsed when the page first asks: most runs never read their query string */
  private parsed: QueryValues | undefined;

  /** @internal */
  constructor(
    /** the address bar's query string as the run starts (normalized at the boundary) */
    private readonly initial: string,
    /** @internal every change passes the run's checkpoint, then tells the run it has output */
    private readonly changed: { before(): void; after(): void },
  ) {}

  private get values(): QueryValues {
    this.parsed ??= parseQuery(this.initial);
    return this.parsed;
  }

  private set values(values: QueryValues) {
    this.parsed = values;
  }

  /** The key's value — its last one when it was given several times — or undefined. */
  get(key: string): string | undefined {
    const v = this.values.get(key);
    return Array.isArray(v) ? v[v.length - 1] ?? "" : v;
  }

  /** Every value of the key, in order ([] when it is missing). */
  getAll(key: string): string[] {
    const v = this.values.get(key);
    return v === undefined ? [] : Array.isArray(v) ? [...v] : [v];
  }

  has(key: string): boolean {
    return this.values.has(key);
  }

  /** The keys, in the order they were first given. */
  keys(): string[] {
    return [...this.values.keys()];
  }

  get size(): number {
    return this.values.size;
  }

  /**
   * Sets a key to a value, or to a list of values (the key repeated in the address bar).
   * Numbers and booleans are written as text, as Streamlit does.
   * @example st.queryParams.set("tab", "sales"); st.queryParams.set("region", ["EU", "US"]);
   */
  set(key: string, value: Settable | readonly Settable[]): void {
    this.change(() => this.values.set(String(key), Array.isArray(value) ? value.map(text) : text(value as Settable)));
  }

  /** Sets several keys at once (one change for the address bar). */
  update(entries: Record<string, Settable | readonly Settable[]>): void {
    this.change(() => {
      for (const [key, value] of Object.entries(entries)) this.values.set(key, Array.isArray(value) ? value.map(text) : text(value as Settable));
    });
  }

  /** Removes a key; false when it was not there. */
  delete(key: string): boolean {
    if (!this.values.has(key)) return false;
    this.change(() => this.values.delete(key));
    return true;
  }

  /** Removes every key. */
  clear(): void {
    this.change(() => this.values.clear());
  }

  /** Replaces every key with these (Streamlit's from_dict). */
  fromObject(entries: Record<string, Settable | readonly Settable[]>): void {
    this.change(() => {
      this.values = new Map(Object.entries(entries).map(([key, value]) => [key, Array.isArray(value) ? value.map(text) : text(value as Settable)]));
    });
  }

  /** Each key with its value (the last one of a repeated key), as Streamlit's to_dict. */
  toObject(): Record<string, string> {
    return Object.fromEntries(this.keys().map((key) => [key, this.get(key)!]));
  }

  /** Every key with what it holds: a string, or the list of a repeated key — `{"x":["y","1"]}`. */
  toString(): string {
    return JSON.stringify(Object.fromEntries(this.values));
  }

  /** @internal the address bar's query string (no "?") */
  queryString(): string {
    return this.parsed === undefined ? this.initial : formatQuery(this.parsed);
  }

  private change(apply: () => void): void {
    this.changed.before();
    const before = this.values;
    this.values = new Map(before);
    apply();
    // the browser's address bar must be able to hold it, and the browser to send it back
    const qs = this.queryString();
    const size = this.values.size;
    if (qs.length > MAX_QUERY_CHARS || size > MAX_QUERY_KEYS) {
      this.values = before;
      throw new AuthorError(`queryParams: at most ${MAX_QUERY_KEYS} keys and ${MAX_QUERY_CHARS} characters of query string fit in the address bar (this would be ${size} keys, ${qs.length} characters).`);
    }
    this.changed.after();
  }
}

function text(value: Settable): string {
  if (value !== null && typeof value === "object") throw new AuthorError("queryParams: a value must be a string, a number, a boolean or a list of them, not an object.");
  return String(value);
}
