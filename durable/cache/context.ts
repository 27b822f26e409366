/// <reference path="./node-als.d.ts" />
/**
 * Which page run (if any) is calling: a cached loader is a plain function the author calls
 * without passing `st`, yet it shows a spinner in that run and must refuse elements written
 * inside it. AsyncLocalStorage carries the run across awaits.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import type { St } from "../st/st";

export type CallContext = { st: St } | { computing: string };

const als = new AsyncLocalStorage<CallContext>();

/** Runs a page with its `st` as the context of everything it calls. */
export function withPage<R>(st: St, fn: () => R): R {
  return als.run({ st }, fn);
}

/** cached computations under way in this isolate: while none is, no st call needs to ask */
let active = 0;

/** Runs a cached computation: element calls inside it are refused. */
export async function computing<R>(name: string, fn: () => R): Promise<Awaited<R>> {
  active++;
  try {
    return await als.run({ computing: name }, fn);
  } finally {
    active--;
  }
}

/** The calling page's `st`, if a page run is calling. */
export function callingPage(): St | undefined {
  const store = als.getStore();
  return store && "st" in store ? store.st : undefined;
}

/**
 * Awaits a shared computation; the calling page (if any) shows its own spinner meanwhile —
 * the computation is never tied to one page, so one page's interrupt can't fail the others.
 */
export async function awaitShared<T>(name: string, showSpinner: boolean | string | undefined, shared: Promise<T>): Promise<T> {
  const st = callingPage();
  if (!st || showSpinner === false) return shared;
  return st.spinner(typeof showSpinner === "string" ? showSpinner : `Running ${name}(…)`, () => shared);
}

/** The cached function being computed, if any (every st call asks: keep it cheap). */
export function computingName(): string | undefined {
  if (active === 0) return undefined;
  const store = als.getStore();
  return store && "computing" in store ? store.computing : undefined;
}
