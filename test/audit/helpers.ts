/** Talking to the Node-side control server (test/audit/control.mjs) from inside workerd. */
import { env } from "cloudflare:test";

const control = () => (env as unknown as { AUDIT_TEST_CONTROL: string }).AUDIT_TEST_CONTROL;

export async function controlCall(method: "GET" | "POST", path: string): Promise<unknown> {
  const res = await fetch(`${control()}${path}`, { method });
  const body = await res.json();
  if (!res.ok) throw new Error(`control ${path}: ${JSON.stringify(body)}`);
  return body;
}

export interface Row {
  event_id: string;
  session_id: string;
  user_email: string | null;
  action_performed: string;
  widget_context: Record<string, unknown>;
}

export const rowsOf = (session: string) => controlCall("GET", `/rows?session=${session}`) as Promise<Row[]>;
export const stopPostgres = () => controlCall("POST", "/postgres/stop");
export const startPostgres = () => controlCall("POST", "/postgres/start");
