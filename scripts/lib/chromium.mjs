// Where the browser tests find Chromium. Playwright cannot download its own browsers on
// our machines, so the tests drive a system Chromium (Debian's `chromium` package).
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'];

/**
 * The path of a Chromium executable: `CHROMIUM_PATH` if set, else a system install.
 * Throws with instructions when there is none, so a failing browser test says how to fix it.
 */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is ${fromEnv}, but no file is there.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    'The browser tests need Chromium and none was found. Install it with ' +
      '`sudo apt-get install chromium` (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium ' +
      'executable. (`.ci/run` installs it automatically.)',
  );
}

/**
 * Launch flags for Chromium here: no sandbox as root, and no background networking,
 * which floods a closed network with connection attempts.
 */
export const chromiumArgs = [
  '--headless',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];
