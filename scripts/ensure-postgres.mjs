// Finds PostgreSQL's server binaries for the audit tests (initdb, pg_ctl), installing
// Debian's package when running as root with apt; otherwise says exactly what to install.
import { existsSync, readdirSync } from "node:fs";
import { aptInstall } from "./apt.mjs";

export function findPostgresBin() {
  if (process.env.PG_BIN && existsSync(`${process.env.PG_BIN}/initdb`)) return process.env.PG_BIN;
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).filter((v) => existsSync(`${root}/${v}/bin/initdb`)).sort((a, b) => Number(b) - Number(a));
  return versions.length ? `${root}/${versions[0]}/bin` : null;
}

export function ensurePostgres() {
  const found = findPostgresBin();
  if (found) return found;
  if (aptInstall("postgresql")) {
    const installed = findPostgresBin();
    if (installed) return installed;
  }
  console.error(
    "The audit tests need a PostgreSQL server (initdb, pg_ctl) and none was found.\n" +
      "Install it with:  sudo apt-get install -y postgresql   (Debian/Ubuntu)\n" +
      "or point PG_BIN at a directory holding initdb and pg_ctl.",
  );
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(ensurePostgres());
