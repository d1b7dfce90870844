import { beforeAll, describe, expect, it } from 'vitest';
import { serverFontLibrary } from '../server/fonts';
import { boundsOf, imageLayer, images, pathPoints, textLayer, uploadId, zone } from './testing/fixtures';
import { renderZoneSvg, zonePixelSize, type RenderContext } from './zone-svg';

let ctx: RenderContext;
beforeAll(async () => {
  ctx = { fonts: await serverFontLibrary(), images };
});

/** The path's points in zone mm, after its translate() (the tests do not rotate these). */
function inkInZone(svg: string) {
  const match = /<path d="([^"]+)"[^>]*transform="translate\(([-\d.]+) ([-\d.]+)\)"/.exec(svg);
  if (!match) throw new Error('no translated path in the SVG');
  const [dx, dy] = [Number(match[2]), Number(match[3])];
  return boundsOf(pathPoints(match[1] ?? '').map((p) => ({ x: p.x + dx, y: p.y + dy })));
}

describe('renderZoneSvg', () => {
  it('covers the trim plus bleed in millimetres, origin at the trim corner', () => {
    const svg = renderZoneSvg(zone, [textLayer()], ctx);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="-3 -3 106 66" width="106mm" height="66mm">/);
    expect(svg).toContain('<clipPath id="onekind-bleed-front-106x66"><rect x="-3" y="-3" width="106" height="66"/></clipPath>');
    expect(svg).toContain('<g clip-path="url(#onekind-bleed-front-106x66)">');
  });

  it('draws text as filled outlines in the zone colour, never as <text>', () => {
    const svg = renderZoneSvg(zone, [textLayer({ colourId: 'red' })], ctx);
    expect(svg).not.toContain('<text');
    expect(svg).toMatch(/<path d="M[-\d.]+/);
    expect(svg).toContain('fill="#c0392b"');
  });

  it('sets capitals cap-height tall and centred on the layer position', () => {
    const svg = renderZoneSvg(zone, [textLayer({ text: 'HELLO', sizeMm: 10, xMm: 40, yMm: 25 })], ctx);
    const ink = inkInZone(svg);
    expect(ink.bottom - ink.top).toBeCloseTo(7.27, 0);
    expect(Math.abs((ink.left + ink.right) / 2 - 40)).toBeLessThan(0.5);
    expect(Math.abs((ink.top + ink.bottom) / 2 - 25)).toBeLessThan(0.5);
  });

  it('rotates a layer about its centre', () => {
    const svg = renderZoneSvg(zone, [textLayer({ rotationDeg: -15 })], ctx);
    expect(svg).toContain('transform="translate(50 30) rotate(-15)"');
  });

  it('places an image at its printed size, stretched to exactly that box', () => {
    const svg = renderZoneSvg(zone, [imageLayer({ widthMm: 40, xMm: 30, yMm: 20, rotationDeg: 90 })], ctx);
    expect(svg).toContain(
      '<image href="data:image/png;base64,AAAA" x="-20" y="-15" width="40" height="30" preserveAspectRatio="none" transform="translate(30 20) rotate(90)"/>',
    );
  });

  it('escapes attribute values', () => {
    const tricky = { [uploadId]: { widthPx: 10, heightPx: 10, href: 'https://x.test/a.png?a=1&b="2"' } };
    const svg = renderZoneSvg(zone, [imageLayer()], { ...ctx, images: tricky });
    expect(svg).toContain('href="https://x.test/a.png?a=1&amp;b=&quot;2&quot;"');
  });

  it('keeps the layer order, bottom first', () => {
    const svg = renderZoneSvg(zone, [imageLayer(), textLayer()], ctx);
    expect(svg.indexOf('<image')).toBeLessThan(svg.indexOf('<path'));
  });

  it('leaves out layers with an unknown font, colour or image', () => {
    const layers = [textLayer({ fontId: 'comic-sans' }), textLayer({ colourId: 'gold' }), imageLayer({ uploadId: 'c'.repeat(64) })];
    const svg = renderZoneSvg(zone, layers, ctx);
    expect(svg).not.toMatch(/<path d=|<image/);
  });

  it('draws guides only when asked, with strokes that do not scale', () => {
    const plain = renderZoneSvg(zone, [textLayer()], ctx);
    const guided = renderZoneSvg(zone, [textLayer()], ctx, { guides: true });
    expect(plain).not.toContain('stroke');
    expect(guided).toContain('<rect x="0" y="0" width="100" height="60"');
    expect(guided).toContain('<rect x="-3" y="-3" width="106" height="66" fill="none"');
    expect(guided).toMatch(/<rect x="5" y="5" width="90" height="50"[^>]*stroke-dasharray/);
    expect(guided.match(/vector-effect="non-scaling-stroke"/g)).toHaveLength(3);
  });

  it('fills the bleed box with a background only when given one', () => {
    expect(renderZoneSvg(zone, [], ctx)).not.toContain('fill=');
    expect(renderZoneSvg(zone, [], ctx, { background: '#224466' })).toContain('<rect x="-3" y="-3" width="106" height="66" fill="#224466"/>');
  });

  it('sizes in pixels for rasterising a texture', () => {
    const svg = renderZoneSvg(zone, [], ctx, { pixelWidth: 1060 });
    expect(zonePixelSize(zone, 1060)).toEqual({ width: 1060, height: 660 });
    expect(svg).toContain('viewBox="-3 -3 106 66" width="1060" height="660" preserveAspectRatio="none"');
  });

  it('gives the same string for the same input', () => {
    const layers = [imageLayer(), textLayer({ text: 'Same\nagain', rotationDeg: 12 })];
    const options = { guides: true, background: '#ffffff' };
    expect(renderZoneSvg(zone, layers, ctx, options)).toBe(renderZoneSvg(structuredClone(zone), structuredClone(layers), ctx, options));
  });
});
