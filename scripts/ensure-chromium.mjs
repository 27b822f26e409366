// Finds a Chromium for the browser tests, installing Debian's package when running as
// root with apt (CI, a fresh machine); otherwise says exactly what to install.
import { existsSync } from "node:fs";
import { aptInstall } from "./apt.mjs";

export function findChromium() {
  for (const p of [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]) {
    if (p && existsSync(p)) return p;
  }
  return null;
}

/** A Chromium's path: found, or else installed with apt where that works (root); null when neither. */
export function findOrInstallChromium() {
  return findChromium() ?? (aptInstall("chromium") ? findChromium() : null);
}

export const NO_CHROMIUM =
  "Install it with:  sudo apt-get install -y chromium   (Debian/Ubuntu)\nor point CHROMIUM_PATH at a Chromium/Chrome binary.";

export function ensureChromium() {
  const found = findOrInstallChromium();
  if (found) return found;
  console.error(`The browser tests need Chromium and none was found.\n${NO_CHROMIUM}`);
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(ensureChromium());
