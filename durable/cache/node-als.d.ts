// workerd provides node:async_hooks' AsyncLocalStorage under the `nodejs_als` flag
// (wrangler.toml); this is the part of its type we use.
declare module "node:async_hooks" {
  export class AsyncLocalStorage<T> {
    run<R>(store: T, fn: () => R): R;
    getStore(): T | undefined;
  }
}
