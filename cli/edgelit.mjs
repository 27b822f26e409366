#!/usr/bin/env node
/**
 * The `edgelit` command (package.json `bin`):
 *
 *   edgelit init <dir> [--edgelit <spec>]   a new app (cli/init.mjs)
 *   edgelit dev [wrangler dev options]      the dev server, in the app's folder (scripts/dev.mjs)
 *   edgelit migrate                         the audit table, in DATABASE_URL's Postgres
 *
 * Each command loads its code only when it runs: `init` needs nothing installed (npx runs it
 * before the app exists), `dev` needs the package's dependencies (PGlite, esbuild, ws).
 */
import { parseArgs } from "node:util";

const USAGE = `Usage:
  edgelit init <dir> [--edgelit <version | tarball | folder>]
                      write a new app into <dir> (new or empty)
  edgelit dev [--port 8787] [other wrangler dev options]
                      run the app in this folder: embedded Postgres, run on save, dev sign-in
  edgelit migrate     apply edgelit's audit migrations to DATABASE_URL`;

async function initCommand(args) {
  const { InitError, init } = await import("./init.mjs");
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { edgelit: { type: "string" } } });
  if (positionals.length > 1) throw new InitError(`One folder at a time: edgelit init ${positionals[0]}`);
  try {
    const { dir, files } = init(positionals[0], { edgelit: values.edgelit });
    const shown = positionals[0];
    console.log(`A new edgelit app in ${dir}:\n${files.map((f) => `  ${f}`).join("\n")}\n`);
    console.log(`Next:\n  cd ${shown}\n  npm install\n  npm run dev      # http://127.0.0.1:8787\n  npm test`);
  } catch (error) {
    if (!(error instanceof InitError)) throw error;
    console.error(`edgelit init: ${error.message}`);
    process.exit(1);
  }
}

async function migrateCommand() {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("Set DATABASE_URL to the Postgres to migrate, e.g. DATABASE_URL=postgres://user:pass@host/db npx edgelit migrate");
    process.exit(1);
  }
  const { migrate } = await import("../scripts/pg/migrate.mjs");
  await migrate(url);
  console.log("migrations applied");
}

const [command, ...rest] = process.argv.slice(2);
try {
  await run(command, rest);
} catch (error) {
  // a mistyped option: say so with the usage, not with a stack
  if (!String(error?.code).startsWith("ERR_PARSE_ARGS")) throw error;
  console.error(`edgelit ${command}: ${error.message}\n\n${USAGE}`);
  process.exit(1);
}

async function run(command, rest) {
  switch (command) {
    case "init":
      await initCommand(rest);
      break;
    case "dev":
      await (await import("../scripts/dev.mjs")).dev(rest);
      break;
    case "migrate":
      await migrateCommand();
      break;
    case undefined:
    case "help":
    case "--help":
    case "-h":
      console.log(USAGE);
      break;
    default:
      console.error(`edgelit: no command "${command}"\n\n${USAGE}`);
      process.exit(1);
  }
}
