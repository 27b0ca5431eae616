// Runs a Node script of the benchmark in a child process and returns what it printed.
import { spawn } from 'node:child_process';

/**
 * Runs `node [nodeArgs] script args` and resolves with its standard output; rejects with
 * its standard error when it exits with anything but 0.
 */
export function runNode(script, args = [], { nodeArgs = [], env = process.env, cwd } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, script, ...args], {
      env,
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(stdout);
      else reject(new Error(`${script} ${args.join(' ')} exited with ${code}:\n${stderr}`));
    });
  });
}
