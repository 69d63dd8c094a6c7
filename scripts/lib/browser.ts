import { existsSync } from "node:fs";
import { chromium } from "playwright-core";
import { ensureDebianPackage } from "./system-tools";

const DEBIAN_CHROMIUM = "/usr/bin/chromium";

/** Flags that keep Chromium quiet on a machine with no internet, and let it run as root. */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
];

/** CHROMIUM_PATH, then Debian's chromium, then a browser Playwright installed itself. */
export function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, DEBIAN_CHROMIUM, chromium.executablePath()];
  return candidates.find((path): path is string => Boolean(path && existsSync(path)));
}

/** Find a browser, installing Debian's chromium when we are root and there is none. */
export function ensureChromium(log: (line: string) => void = console.log): string {
  const found = findChromium();
  if (found) return found;
  if (process.getuid?.() !== 0) {
    throw new Error(
      "No Chromium found. Install it (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROMIUM_PATH.",
    );
  }
  ensureDebianPackage("chromium", "chromium", log);
  return DEBIAN_CHROMIUM;
}
