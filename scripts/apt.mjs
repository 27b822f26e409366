// Installs a Debian package when it can (root with apt: CI, a fresh machine). Returns
// false when it cannot, so the caller can say exactly what to install.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

export function aptInstall(pkg) {
  if (process.getuid?.() !== 0 || !existsSync("/usr/bin/apt-get")) return false;
  console.log(`${pkg} not found: installing Debian's ${pkg} package (apt-get install -y ${pkg})…`);
  execFileSync("apt-get", ["update"], { stdio: "inherit" });
  execFileSync("apt-get", ["install", "-y", pkg], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  return true;
}
