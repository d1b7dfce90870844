import fs from 'node:fs';
import path from 'node:path';
import { expect, type APIRequestContext } from '@playwright/test';

// Server actions called over HTTP exactly as the browser's JavaScript (or an attacker's
// script) calls them: a POST to a page that uses the action, naming it by its id in the build.

const ROOT = path.join(import.meta.dirname, '..', '..');

type Manifest = {
  node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }>;
};

/** The server actions of the running build: id, source file and exported name, and a page that imports it. */
export function buildActions() {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(ROOT, '.next', 'server', 'server-reference-manifest.json'), 'utf8'),
  ) as Manifest;
  return Object.entries(manifest.node).map(([id, a]) => ({
    id,
    file: path.basename(a.filename ?? ''),
    name: a.exportedName ?? '',
    page: Object.keys(a.workers).find((w) => w.endsWith('/page'))!,
  }));
}

/** Calls the action `name` of `file` with `input` on `page` (a path) and returns the response's text. */
export async function callAction(
  api: APIRequestContext,
  origin: string,
  action: { file: string; name: string; page: string; input: unknown; headers?: Record<string, string> },
): Promise<string> {
  const found = buildActions().find((b) => b.file === action.file && b.name === action.name);
  if (!found) throw new Error(`${action.name} is not in the build`);
  const response = await api.post(`${origin}${action.page}`, {
    headers: {
      'next-action': found.id,
      'content-type': 'text/plain;charset=UTF-8',
      accept: 'text/x-component',
      origin,
      ...action.headers,
    },
    data: JSON.stringify([action.input]),
  });
  expect(response.status(), `${action.name} on ${action.page}`).toBe(200);
  return response.text();
}
