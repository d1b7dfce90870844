// Payloads of signing in, setting up the first admin, inviting and joining, shared by the
// forms and the server actions.
import { z } from 'zod';
import { isPlainText } from '../plain-text';
import { ROLES } from './roles';

export const MIN_PASSWORD_LENGTH = 12;
// scrypt's cost barely depends on length, but a megabyte "password" is no password.
export const MAX_PASSWORD_LENGTH = 256;
/** Shown under every new-password field. */
export const PASSWORD_HINT = `At least ${MIN_PASSWORD_LENGTH} characters. A few unrelated words make a strong password that is easy to remember.`;

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, { error: 'That e-mail address is too long.' })
  .pipe(z.email({ error: 'Enter an e-mail address like name@example.com.' }));

/** A new password: long rather than clever (no composition rules, as NIST SP 800-63B advises). */
export const newPasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, { error: `Use at least ${MIN_PASSWORD_LENGTH} characters.` })
  .max(MAX_PASSWORD_LENGTH, { error: `Use at most ${MAX_PASSWORD_LENGTH} characters.` });

const nameSchema = z
  .string()
  .trim()
  .min(1, { error: 'Enter your name.' })
  .max(100, { error: 'Use at most 100 characters.' })
  .refine(isPlainText, { error: 'Remove unusual characters from your name.' });

export const signInSchema = z.object({
  email: emailSchema,
  password: z
    .string()
    .min(1, { error: 'Enter your password.' })
    .max(MAX_PASSWORD_LENGTH, { error: 'That password is too long.' }),
});

export const setupSchema = z.object({
  code: z.string().trim().min(1, { error: 'Enter the setup code printed by npm start.' }).max(100),
  email: emailSchema,
  name: nameSchema,
  password: newPasswordSchema,
});

export const inviteSchema = z.object({
  email: emailSchema,
  role: z.enum(ROLES, { error: 'Choose a role.' }),
});

export const acceptInviteSchema = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, { error: 'This invitation link is incomplete.' }),
  name: nameSchema,
  password: newPasswordSchema,
});

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, { error: 'Enter your current password.' }).max(MAX_PASSWORD_LENGTH),
  newPassword: newPasswordSchema,
});

/** A user or invite id from a team-page button. */
export const idSchema = z.object({ id: z.string().min(1).max(100) });

export type SignInInput = z.infer<typeof signInSchema>;
