export interface DelayProxy {
  port: number;
  url: string;
  cut(): void;
  stop(): Promise<void>;
}
export function startDelayProxy(opts: { target: number; delayMs: number }): Promise<DelayProxy>;
