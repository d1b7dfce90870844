// Turns a map recipe into the PNG that ships in public/textures (Node only: scripts and tests).
import path from 'node:path';
import sharp from 'sharp';
import type { MapRecipe } from './texture-recipes';

export const TEXTURE_DIR = path.join(process.cwd(), 'public', 'textures');

/** True when all three colour channels of every pixel are equal (stored as greyscale). */
function isGrey(data: Uint8ClampedArray): boolean {
  for (let i = 0; i < data.length; i += 4)
    if (data[i] !== data[i + 1] || data[i] !== data[i + 2]) return false;
  return true;
}

/** The recipe's pixels as a lossless PNG: greyscale where the map is grey, RGB otherwise. */
export async function encodeMapPng(recipe: MapRecipe): Promise<Buffer> {
  const data = recipe.pixels();
  const image = sharp(Buffer.from(data.buffer), {
    raw: { width: recipe.size, height: recipe.size, channels: 4 },
  }).removeAlpha();
  return (isGrey(data) ? image.toColourspace('b-w') : image)
    .png({ compressionLevel: 9, adaptiveFiltering: true })
    .toBuffer();
}

/** A PNG's pixels as RGBA, to compare a shipped file with its recipe. */
export async function decodeMapPng(png: Buffer): Promise<Uint8Array> {
  return new Uint8Array(await sharp(png).ensureAlpha().raw().toBuffer());
}
