import 'server-only';
import sharp, { type Sharp } from 'sharp';

/** An SVG drawn by librsvg (through sharp) at exactly the requested pixel size. */
export async function svgPipeline(svg: string, widthPx: number, heightPx: number): Promise<Sharp> {
  // unlimited: print SVGs carry full-resolution images as data: URLs, beyond librsvg's default caps.
  const pipeline = sharp(Buffer.from(svg), { unlimited: true, limitInputPixels: false });
  const meta = await pipeline.metadata();
  return meta.width !== widthPx || meta.height !== heightPx ? pipeline.resize(widthPx, heightPx, { fit: 'fill' }) : pipeline;
}
