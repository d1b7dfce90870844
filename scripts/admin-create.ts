// npm run admin:create -- --email ada@example.com --name "Ada Lovelace" [--role maker]
//
// Creates a staff account from the command line, for headless installs (and the first admin
// when nobody can read the setup code). The password is never an argument (it would sit in the
// shell history and the process list): it is asked for on the terminal, or read from
// ONEKIND_PASSWORD when there is no terminal.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { ROLES } from '@/lib/auth/roles';
import { emailSchema, newPasswordSchema } from '@/lib/auth/schemas';
import { clearSetupCode } from '@/lib/server/auth/setup-code';
import { countUsers, createUser } from '@/lib/server/auth/users';
import { createDb } from '@/lib/server/db/client';
import { migrate } from '@/lib/server/db/migrate';
import { readEnv } from '@/lib/server/env';

const USAGE = 'Usage: npm run admin:create -- --email <address> --name <name> [--role admin|maker]\nThe password is asked for, or read from ONEKIND_PASSWORD.';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** Reads a line from the terminal without echoing it. */
function promptHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const { stdin, stdout } = process;
    stdout.write(question);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    let value = '';
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\u0003') fail('\nCancelled.');
        if (char === '\r' || char === '\n') {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off('data', onData);
          stdout.write('\n');
          return resolve(value);
        }
        value = char === '\u007f' || char === '\b' ? value.slice(0, -1) : value + char;
      }
    };
    stdin.on('data', onData);
  });
}

async function readPassword(): Promise<string> {
  const fromEnv = process.env.ONEKIND_PASSWORD;
  if (fromEnv) return fromEnv;
  if (!process.stdin.isTTY) fail('No terminal to ask for the password on: set ONEKIND_PASSWORD.');
  const first = await promptHidden('Password (at least 12 characters): ');
  if ((await promptHidden('Repeat the password: ')) !== first) fail('The passwords differ.');
  return first;
}

let args;
try {
  args = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string', default: 'admin' }, password: { type: 'string' } }, strict: true }).values;
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}
if (args.password !== undefined) fail('Do not put the password on the command line: it would stay in the shell history. Leave it out to be asked for it, or set ONEKIND_PASSWORD.');
const input = z
  .object({ email: emailSchema, name: z.string().trim().min(1, { error: 'Give a name with --name.' }).max(100), role: z.enum(ROLES, { error: 'The role is admin or maker.' }) })
  .safeParse({ email: args.email ?? '', name: args.name ?? '', role: args.role });
if (!input.success) fail(`${input.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`).join('\n')}\n${USAGE}`);
const password = newPasswordSchema.safeParse(await readPassword());
if (!password.success) fail(`Password: ${password.error.issues[0]?.message}`);

const env = readEnv();
await migrate(env.databaseUrl);
const conn = createDb(env.databaseUrl);
try {
  if (input.data.role !== 'admin' && (await countUsers(conn)) === 0) fail('Create an admin first: a shop without one has nobody to manage it.');
  const created = await createUser({ ...input.data, password: password.data }, conn);
  if (!created.ok) fail(created.fieldErrors?.email?.[0] ?? created.error);
  // The one-time setup page is gone once there is an account; so is its code.
  clearSetupCode(env.dataDir);
  console.log(`Created ${input.data.role} ${created.user.name} <${created.user.email}>. Sign in at ${env.publicUrl}/sign-in`);
} finally {
  await conn.$disconnect();
}
