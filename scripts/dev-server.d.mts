export interface DevServer {
  url: string;
  port: number;
  stateDir: string;
  /** wrangler's PID (workerd is a descendant; the benchmarks read its /proc entry) */
  pid: number | undefined;
  stop(): Promise<void>;
  log(): string;
}
export function freePort(): Promise<number>;
export function startDevServer(opts?: {
  port?: number;
  stateDir?: string;
  config?: string;
  withDatabase?: boolean;
  databaseUrl?: string;
  vars?: Record<string, string>;
  /** the project directory to run in (default: this one) */
  cwd?: string;
}): Promise<DevServer>;
