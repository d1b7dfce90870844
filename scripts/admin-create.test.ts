import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb } from '@/lib/server/db/client';
import { hasSetupCode, newSetupCode } from '@/lib/server/auth/setup-code';

// The CLI as an operator runs it, against a throw-away SQLite database. Each run starts tsx
// (seconds on a busy machine), hence the long timeout.
describe('npm run admin:create', { timeout: 180_000 }, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onekind-cli-'));
  const url = `file:${path.join(dir, 'cli.db')}`;
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const run = (args: string[], password?: string, env: Record<string, string> = {}) =>
    spawnSync('npx', ['tsx', '--conditions=react-server', 'scripts/admin-create.ts', ...args], {
      encoding: 'utf8',
      env: {
        ...process.env,
        DATABASE_URL: url,
        DATA_DIR: dir,
        ONEKIND_PASSWORD: password ?? '',
        PORT: '',
        PUBLIC_URL: '',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });

  it('refuses a password on the command line, a maker before any admin, and a short password', () => {
    const argv = run(['--email', 'ada@example.com', '--name', 'Ada', '--password', 'on the command line']);
    expect(argv.status).toBe(1);
    expect(argv.stderr).toContain('Do not put the password on the command line');
    expect(run(['--email', 'ada@example.com', '--name', 'Ada'])).toMatchObject({
      status: 1,
      stderr: expect.stringContaining('set ONEKIND_PASSWORD'),
    });
    expect(run(['--email', 'ada@example.com', '--name', 'Ada'], 'short')).toMatchObject({
      status: 1,
      stderr: expect.stringContaining('at least 12'),
    });
    expect(
      run(['--email', 'mia@example.com', '--name', 'Mia', '--role', 'maker'], 'long enough password'),
    ).toMatchObject({ status: 1, stderr: expect.stringContaining('Create an admin first') });
    expect(run(['--email', 'not-an-address', '--name', 'Ada'], 'long enough password')).toMatchObject({
      status: 1,
      stderr: expect.stringContaining('e-mail address'),
    });
  });

  it('migrates the database, creates the admin and retires the setup code', async () => {
    newSetupCode(dir);
    const result = run(['--email', 'Ada@Example.com', '--name', 'Ada Lovelace'], 'long enough password');
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Created admin Ada Lovelace <ada@example.com>');
    expect(hasSetupCode(dir)).toBe(false);
    expect(run(['--email', 'ada@example.com', '--name', 'Ada again'], 'long enough password')).toMatchObject({
      status: 1,
      stderr: expect.stringContaining('already an account'),
    });
    const maker = run(
      ['--email', 'mia@example.com', '--name', 'Mia', '--role', 'maker'],
      'maker password 1',
      { PORT: '4123' },
    );
    // The sign-in link is where this shop is served: PUBLIC_URL, else localhost on PORT.
    expect(maker).toMatchObject({
      status: 0,
      stdout: expect.stringContaining('Sign in at http://localhost:4123/sign-in'),
    });
    const third = run(
      ['--email', 'max@example.com', '--name', 'Max', '--role', 'maker'],
      'maker password 2',
      { PORT: '4123', PUBLIC_URL: 'https://shop.example' },
    );
    expect(third.stdout).toContain('Sign in at https://shop.example/sign-in');
    const conn = createDb(url);
    try {
      expect(
        await conn.user.findMany({ select: { email: true, role: true }, orderBy: { email: 'asc' } }),
      ).toEqual([
        { email: 'ada@example.com', role: 'admin' },
        { email: 'max@example.com', role: 'maker' },
        { email: 'mia@example.com', role: 'maker' },
      ]);
    } finally {
      await conn.$disconnect();
    }
  });
});
