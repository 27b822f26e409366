/**
 * One page run, start to finish, in three phases: prepare (the input applied, callbacks
 * found, the run's context built), body (callbacks and the page, its outcome), finish (the
 * diff against what the browser has, the `done` frame, what runs next).
 */
import type { RunHandle, RunInput, RunResult } from "../runner";
import { partialFrames, runBody } from "./body";
import { finishRun } from "./finish";
import { prepareRun } from "./prepare";
import type { RunDeps } from "./types";
import { collectFiles } from "./files";

export { DEFAULT_CONFIG, type RunDeps, type RunSession } from "./types";

export async function executeRun(deps: RunDeps, input: RunInput, register: (h: RunHandle) => void): Promise<RunResult> {
  const partial = partialFrames();
  const prepared = await prepareRun(deps, input, {
    announce: (send) => partial.announce(send),
    mayWait: () => partial.mayWait(),
    output: (p) => partial.schedule(p),
    append: (p, path, prop, text) => partial.append(p, path, prop, text),
  });
  register({ interrupt: () => prepared.ctx.interrupt() });
  try {
    const result = finishRun(prepared, await runBody(prepared));
    await collectFiles(deps);
    return result;
  } finally {
    partial.stop();
  }
}
