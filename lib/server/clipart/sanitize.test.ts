import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { recolourSvg } from '../../clipart/colours';
import { sanitizeSvg } from './sanitize';

// Each attack the issue names is refused with its own message; a clean icon comes out with a
// viewBox, a palette, and nothing that could run.

const svg = (body: string, attrs = 'viewBox="0 0 24 24"') =>
  new TextEncoder().encode(
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" ${attrs}>${body}</svg>`,
  );
const refusal = (bytes: Uint8Array) => {
  const result = sanitizeSvg(bytes);
  expect(result.ok).toBe(false);
  return result.ok ? '' : result.error;
};
const square = '<path d="M2 2h20v20H2z"/>';

describe('sanitizeSvg refuses', () => {
  it('a script', () => {
    expect(refusal(svg(`${square}<script>alert(1)</script>`))).toMatch(/contains a script/);
  });
  it('an onload handler', () => {
    expect(refusal(svg(square, 'viewBox="0 0 24 24" onload="alert(1)"'))).toMatch(
      /event handler \(onload on <svg>\)/,
    );
  });
  it('xlink:href to http and to file', () => {
    expect(refusal(svg(`<a xlink:href="http://evil.example/x">${square}</a>`))).toMatch(
      /links to a web address \(“http:\/\/evil/,
    );
    expect(refusal(svg(`<a xlink:href="file:///etc/passwd">${square}</a>`))).toMatch(
      /links to a file on a computer \(“file:\/\/\/etc\/passwd/,
    );
  });
  it('an external <use>', () => {
    expect(refusal(svg('<use href="sprites.svg#heart"/>'))).toMatch(
      /external <use> pointing at “sprites.svg#heart”/,
    );
  });
  it('a foreignObject', () => {
    expect(
      refusal(
        svg(
          '<foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml">hi</div></foreignObject>',
        ),
      ),
    ).toMatch(/foreignObject/);
  });
  it('a billion-laughs entity, before parsing', () => {
    const lol = `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">${Array.from({ length: 7 }, (_, i) => `<!ENTITY lol${i + 3} "${`&lol${i + 2};`.repeat(10)}">`).join('')}]><svg xmlns="http://www.w3.org/2000/svg"><text>&lol9;</text></svg>`;
    expect(refusal(new TextEncoder().encode(lol))).toMatch(/DOCTYPE or entities.*billion laughs/);
  });
  it('10 MB of nodes, and too many nodes in a small file', () => {
    expect(refusal(svg('<g/>'.repeat(2_600_000)))).toMatch(
      /The SVG is 10\d{3} KB: clipart may be at most 512 KB/,
    );
    expect(refusal(svg('<g/>'.repeat(6000)))).toMatch(/has 6,001 elements: clipart may have at most 5,000/);
  });
  it('pictures, text, animation, outside styles, and what is not SVG', () => {
    expect(refusal(svg('<image href="data:image/png;base64,AAAA" width="1" height="1"/>'))).toMatch(
      /embeds a file as data/,
    );
    expect(refusal(svg('<text>Hi</text>'))).toMatch(/Convert the text to outlines/);
    expect(refusal(svg(`<path d="M0 0h1v1z"><set attributeName="fill" to="red"/></path>`))).toMatch(
      /animated/,
    );
    expect(refusal(svg(`<style>@import url(http://evil.example/x.css);</style>${square}`))).toMatch(
      /loads outside files/,
    );
    expect(refusal(svg(`<path fill="url(http://evil.example/p.svg#g)" d="M0 0h1v1z"/>`))).toMatch(
      /refers to an outside file/,
    );
    expect(refusal(svg('<a xlink:href="javascript:alert(1)"><path d="M0 0h1v1z"/></a>'))).toMatch(
      /javascript: link/,
    );
    expect(refusal(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><path'))).toMatch(
      /not well-formed/,
    );
    expect(refusal(new TextEncoder().encode('<html><body>hi</body></html>'))).toMatch(/not an SVG/);
    expect(refusal(svg(square, ''))).toMatch(/no viewBox/);
  });
});

describe('sanitizeSvg accepts', () => {
  it('a clean icon: viewBox kept or made, no script or handlers, one colour', () => {
    const result = sanitizeSvg(
      svg(`<!-- made in Inkscape --><metadata>x</metadata>${square}`, 'width="48" height="48"'),
    );
    if (!result.ok) throw new Error(result.error);
    expect(result.viewBox).toEqual([0, 0, 48, 48]);
    expect(result.svg).toMatch(/^<svg[^>]*viewBox="0 0 48 48"/);
    expect(result.svg).not.toMatch(/<script|\son\w+=|metadata|Inkscape|width=/);
    expect(result).toMatchObject({ palette: ['#000000'], singleColour: true });
  });

  it('a Tabler icon from node_modules (stroke in currentColor)', () => {
    const file = createRequire(import.meta.url).resolve('@tabler/icons/outline/heart.svg');
    const result = sanitizeSvg(fs.readFileSync(file));
    if (!result.ok) throw new Error(result.error);
    expect(result.palette).toEqual(['#000000']);
    expect(result.singleColour).toBe(true);
    expect(result.svg).toContain('stroke="#000000"');
  });

  it('colours from styles, names and gradients, reduced to a palette the configurator recolours', () => {
    const body =
      '<style>.a{fill:red}</style><defs><linearGradient id="g"><stop offset="0" stop-color="#00f"/><stop offset="1" stop-color="#fff"/></linearGradient></defs>' +
      '<path class="a" d="M0 0h10v10z"/><path style="fill:rgb(0,0,254)" d="M10 0h4v4z"/><circle fill="url(#g)" cx="5" cy="5" r="2"/><use href="#x"/>';
    const result = sanitizeSvg(svg(body));
    if (!result.ok) throw new Error(result.error);
    expect(result.palette.sort()).toEqual(['#0000fe', '#0000ff', '#ff0000']);
    expect(result.singleColour).toBe(false);
    expect(result.svg).not.toMatch(/Gradient|<style|class=/);
    expect(recolourSvg(result.svg, { '#ff0000': '#123456' })).toContain('fill="#123456"');
  });
});
