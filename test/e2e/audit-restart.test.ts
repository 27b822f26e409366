/**
 * The audit trail through a PostgreSQL restart, as a person meets it: `npm run dev` against
 * a real PostgreSQL 15 (DATABASE_URL), forecast runs on /audit in Chromium, the server
 * stopped under the connections delivery uses, runs during the outage, a restart, one more
 * run — and every run in the table, with nothing uncaught in the log. (Before the fix, this
 * ended with the outage's runs and every later one never delivered.)
 */
import pg from "pg";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DevServer, startDevServer } from "../../scripts/dev-server.mjs";
import { migrate } from "../../scripts/pg/migrate.mjs";
import { type LocalPostgres, startPostgres } from "../../scripts/pg/postgres.mjs";
import { launchBrowser } from "./browser";

/** Short timers so the test takes seconds, not the defaults' minutes; the bound is theirs. */
const RETRY_MAX_MS = 3000;
const DEADLINE_MS = 2000;
const BOUND_MS = RETRY_MAX_MS + DEADLINE_MS;

let postgres: LocalPostgres;
let server: DevServer;
let browser: Browser;

beforeAll(async () => {
  postgres = await startPostgres();
  await migrate(postgres.url);
  [server, browser] = await Promise.all([
    startDevServer({
      withDatabase: true,
      databaseUrl: postgres.url,
      vars: { AUDIT_RETRY_BASE_MS: "200", AUDIT_RETRY_MAX_MS: String(RETRY_MAX_MS), AUDIT_DB_DEADLINE_MS: String(DEADLINE_MS) },
    }),
    launchBrowser(),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await postgres?.destroy();
});

async function rowCount(): Promise<number> {
  const client = new pg.Client({ connectionString: postgres.url });
  await client.connect();
  try {
    return Number((await client.query("select count(distinct event_id) as n from dashboard_activity")).rows[0].n);
  } finally {
    await client.end();
  }
}

async function forecast(page: Page, metric: string): Promise<void> {
  await page.getByRole("textbox", { name: "Target metric" }).fill(metric);
  await page.getByRole("button", { name: "Run Forecast" }).click();
  await page.getByRole("row").filter({ hasText: `target_metric: ${metric}` }).waitFor();
}

type Health = { audit: { database: string; backlog: { waiting: number; sessions: number; oldestSeconds: number; overdue: number } } };
const health = async () => (await (await fetch(`${server.url}/_stcore/health/detail`)).json()) as Health;

describe("the audit trail through a PostgreSQL restart (npm run dev, Chromium)", () => {
  it("delivers every run — before, during and after the outage — exactly once, with nothing uncaught", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/audit`);
    await page.getByRole("heading", { name: "Audit trail" }).waitFor();
    for (let i = 1; i <= 5; i++) await forecast(page, `before_${i}`);
    await expect.poll(rowCount, { timeout: 10_000 }).toBe(5);

    await postgres.stop("fast");
    for (let i = 1; i <= 5; i++) await forecast(page, `during_${i}`);
    // the page says so, and the operator's view says how much waits and for how long
    await page.getByText(/The audit database is unreachable/).waitFor();
    await expect.poll(async () => (await health()).audit.backlog.waiting, { timeout: 10_000 }).toBe(5);
    await new Promise((r) => setTimeout(r, 3000)); // several attempts fail meanwhile
    const during = await health();
    expect(during.audit.database).toBe("unreachable");
    expect(during.audit.backlog).toMatchObject({ waiting: 5, sessions: 1, overdue: 0 });
    expect(during.audit.backlog.oldestSeconds).toBeGreaterThanOrEqual(3);

    await postgres.start();
    const back = Date.now();
    await expect.poll(rowCount, { timeout: BOUND_MS + 5000 }).toBe(10);
    const tookMs = Date.now() - back;
    await forecast(page, "after");
    await expect.poll(rowCount, { timeout: 5000 }).toBe(11);
    await expect.poll(async () => (await health()).audit.backlog.waiting, { timeout: 5000 }).toBe(0);
    console.log(`audit: the outage's 5 events were in Postgres ${tookMs} ms after it came back (bound: ${BOUND_MS} ms + polling)`);

    expect(server.log()).not.toMatch(/Uncaught/);
    await page.screenshot({ path: "test-results/audit-restart.png", fullPage: true });
  });
});
