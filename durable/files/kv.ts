/**
 * The part of Durable Object storage the file store uses, so AppTest can give it memory
 * instead (MemoryKv) and run the same code a session runs.
 */
export interface FileKv {
  get<T>(keys: string[]): Promise<Map<string, T>>;
  put(entries: Record<string, unknown>): Promise<void>;
  delete(keys: string[]): Promise<number>;
  list<T>(options: { prefix: string }): Promise<Map<string, T>>;
}

/** Storage in memory, for AppTest (values are copied in and out, as storage would). */
export class MemoryKv implements FileKv {
  private readonly data = new Map<string, unknown>();

  async get<T>(keys: string[]): Promise<Map<string, T>> {
    const out = new Map<string, T>();
    for (const k of keys) if (this.data.has(k)) out.set(k, structuredClone(this.data.get(k)) as T);
    return out;
  }

  async put(entries: Record<string, unknown>): Promise<void> {
    for (const [k, v] of Object.entries(entries)) this.data.set(k, structuredClone(v));
  }

  async delete(keys: string[]): Promise<number> {
    let n = 0;
    for (const k of keys) if (this.data.delete(k)) n++;
    return n;
  }

  async list<T>({ prefix }: { prefix: string }): Promise<Map<string, T>> {
    const keys = [...this.data.keys()].filter((k) => k.startsWith(prefix)).sort();
    return this.get<T>(keys);
  }

  /** every key held, for tests */
  keys(): string[] {
    return [...this.data.keys()];
  }
}
