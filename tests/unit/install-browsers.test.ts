import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const script = join(root, 'scripts/install-browsers.sh');

/** Runs the script with apt-get and sudo replaced by recorders; returns what they were asked. */
function run(env: Record<string, string>): { status: number | null; calls: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'siyaq-install-'));
  const log = join(dir, 'calls');
  writeFileSync(join(dir, 'apt-get'), `#!/bin/sh\necho "apt-get $* DEBIAN_FRONTEND=$DEBIAN_FRONTEND" >> ${log}\n`);
  writeFileSync(join(dir, 'sudo'), `#!/bin/sh\necho "sudo" >> ${log}\nexec "$@"\n`);
  for (const tool of ['apt-get', 'sudo']) chmodSync(join(dir, tool), 0o755);
  writeFileSync(log, '');
  const result = spawnSync('bash', [script], { env: { PATH: `${dir}:/usr/bin:/bin`, ...env }, encoding: 'utf8' });
  return { status: result.status, calls: readFileSync(log, 'utf8').split('\n').filter(Boolean) };
}

describe('scripts/install-browsers.sh', () => {
  it('installs only the missing browser, without asking, through sudo only when not root', () => {
    const { status, calls } = run({ SIYAQ_CHROMIUM: '/nonexistent/chromium', SIYAQ_FIREFOX: process.execPath });
    expect(status).toBe(0);
    const sudo = process.getuid!() === 0 ? [] : ['sudo'];
    expect(calls).toEqual([...sudo, 'apt-get update -qq DEBIAN_FRONTEND=noninteractive', ...sudo, 'apt-get install -y -qq chromium DEBIAN_FRONTEND=noninteractive']);
  });

  it('does nothing when both browsers are there', () => {
    expect(run({ SIYAQ_CHROMIUM: process.execPath, SIYAQ_FIREFOX: process.execPath })).toEqual({ status: 0, calls: [] });
  });

  it('is what the README starts with, and what CI runs: no sudo a fresh root machine lacks', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const first = /```sh\n([^\n]*)/.exec(readme)![1]!;
    expect(first.split('&&')[0]!.trim()).toBe('bash scripts/install-browsers.sh');
    expect(readFileSync(join(root, '.ci/run'), 'utf8')).toMatch(/^bash scripts\/install-browsers\.sh$/m);
  });
});
