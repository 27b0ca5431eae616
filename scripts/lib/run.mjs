// Small process helpers shared by the repository scripts (test stages, rehearsal, start).
import { spawn } from 'node:child_process';

/**
 * Runs a command, streaming its output, and resolves when it exits with 0.
 * Rejects with an error that names the command and its exit code otherwise.
 */
export function run(command, args, options = {}) {
  const { cwd = process.cwd(), env = process.env, quiet = false } = options;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env,
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    let output = '';
    if (quiet) {
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
    }
    child.on('error', (error) =>
      reject(new Error(`Could not start \`${command}\`: ${error.message}`, { cause: error })),
    );
    child.on('close', (code, signal) => {
      if (code === 0) resolve(output);
      else {
        const how = signal ? `was stopped by ${signal}` : `exited with code ${code}`;
        const shown = quiet && output ? `\n${output.trimEnd()}` : '';
        reject(new Error(`\`${[command, ...args].join(' ')}\` (in ${cwd}) ${how}${shown}`));
      }
    });
  });
}

/** The time since `start` (from `performance.now()`), as "1.2 s". */
export function elapsed(start) {
  return `${((performance.now() - start) / 1000).toFixed(1)} s`;
}
