// `ddscp check` from a cold start against `node -e 0` (what starting Node alone costs), and
// on the 10,000-review catalogue end to end. hyperfine is not installed here, so: spawn each
// command N times, alternating, and take the median of the wall-clock times.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { summarize } from '../stats.mjs';

const require = createRequire(import.meta.url);

/** The path of the `ddscp` bin of the installed @ddscp/domain. */
export function ddscpBin() {
  const manifestPath = require.resolve('@ddscp/domain/package.json');
  const { bin } = require(manifestPath);
  const relative = typeof bin === 'string' ? bin : bin?.ddscp;
  if (!relative) throw new Error('@ddscp/domain has no ddscp bin yet.');
  return join(dirname(manifestPath), relative);
}

/**
 * Times the commands: `node -e 0`, `ddscp check` on the sample catalogue, and `ddscp check`
 * on `bigCatalog` when given. Exit code 1 (the check found errors) counts as a normal run.
 */
export function benchCli({ dir, today, bigCatalog, runs = 21 }) {
  const sample = join(dir, 'sample-catalog.json');
  writeFileSync(sample, JSON.stringify(require('@ddscp/domain/catalog/ddscp.json')));
  const bin = ddscpBin();
  const commands = [
    { id: 'node', label: '`node -e 0`', args: ['-e', '0'] },
    {
      id: 'check',
      label: '`ddscp check` on the sample catalogue',
      args: [bin, 'check', sample, '--today', today],
    },
    ...(bigCatalog
      ? [
          {
            id: 'check-10k',
            label: '`ddscp check` on 10,000 reviews',
            args: [bin, 'check', bigCatalog, '--today', today],
            runs: 5,
          },
        ]
      : []),
  ];
  const times = new Map(commands.map((command) => [command.id, []]));
  // One untimed run of each first, so the files are in the page cache for all alike.
  for (let run = -1; run < runs; run++) {
    for (const command of commands) {
      if (command.runs !== undefined && run >= command.runs) continue;
      const start = process.hrtime.bigint();
      // The report of 10,000 reviews is megabytes: read it all, as a terminal would.
      const result = spawnSync(process.execPath, command.args, {
        stdio: ['ignore', 'pipe', 'pipe'],
        maxBuffer: 2 ** 30,
      });
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (result.status !== 0 && result.status !== 1) {
        const how = result.error?.message ?? `exited with ${result.status ?? result.signal}`;
        throw new Error(`${command.label} ${how}: ${result.stderr}`);
      }
      if (run >= 0) times.get(command.id).push(ms);
    }
  }
  return commands.map(({ args, ...command }) => ({
    ...command,
    ...summarize(times.get(command.id)),
  }));
}
