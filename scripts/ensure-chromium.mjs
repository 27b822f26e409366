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

export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  if (aptInstall("chromium")) {
    const installed = findChromium();
    if (installed) return installed;
  }
  console.error(
    "The browser tests need Chromium and none was found.\n" +
      "Install it with:  sudo apt-get install -y chromium   (Debian/Ubuntu)\n" +
      "or point CHROMIUM_PATH at a Chromium/Chrome binary.",
  );
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(ensureChromium());
