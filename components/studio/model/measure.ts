// Asks the server to measure a zone rectangle on the stored model (the browser measures nothing).
import type { UvRect } from '@/lib/kinds/model/uv-mesh';

export type Measured =
  | { ok: true; widthMm: number; heightMm: number; stretchPct: number; warning?: string }
  | { ok: false; error: string };

/** The zone's real size and stretch, or the reason it cannot be printed. */
export async function measureZone(
  sha256: string,
  mesh: string,
  uv: UvRect,
  scaleToMm: number,
): Promise<Measured> {
  try {
    const response = await fetch(`/api/studio/models/${sha256}/measure`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ mesh, uv, scaleToMm }),
    });
    const body = (await response.json()) as Omit<Extract<Measured, { ok: true }>, 'ok'> & { error?: string };
    if (!response.ok) return { ok: false, error: body.error ?? `Measuring failed (${response.status}).` };
    return { ok: true, ...body };
  } catch {
    return { ok: false, error: 'Measuring failed: check your connection and try again.' };
  }
}
