export interface LocalPostgres {
  url: string;
  port: number;
  dataDir: string;
  start(): Promise<void>;
  stop(mode?: "smart" | "fast" | "immediate"): Promise<void>;
  destroy(): Promise<void>;
}
export function startPostgres(opts?: { port?: number }): Promise<LocalPostgres>;
