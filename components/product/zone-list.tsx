import { formatMoney } from '@/lib/money';
import { zoneTakesClipart } from '@/lib/layers/clipart/checks';
import { zoneMonograms } from '@/lib/layers/monogram/checks';
import { findFont } from '@/lib/templates/fonts';
import { methodLabel } from '@/lib/templates/methods';
import type { Template } from '@/lib/templates/schema';
import { formatMm } from '@/lib/units';

/** Every personalization zone with its size in mm, method, content rules and charges. */
export function ZoneList({ template }: { template: Template }) {
  const money = (minor: number) => formatMoney(minor, template.currency);
  return template.zones.map((zone) => {
    const price = template.pricing.zones.find((p) => p.zone === zone.id);
    const kinds = [
      zone.content.text && 'text',
      zone.content.image && 'images',
      zoneTakesClipart(zone) && 'clipart',
      zoneMonograms(zone).length > 0 && 'monograms',
    ].filter((k): k is string => typeof k === 'string');
    const content =
      kinds.length > 1 ? `${kinds.slice(0, -1).join(', ')} and ${kinds.at(-1)}` : (kinds[0] ?? '');
    return (
      <section key={zone.id} className="zone" aria-labelledby={`zone-${zone.id}`}>
        <h4 id={`zone-${zone.id}`}>{zone.name}</h4>
        <dl>
          <dt>Method</dt>
          <dd>{methodLabel(zone.method)}</dd>
          <dt>Area</dt>
          <dd>
            {formatMm(zone.rect.widthMm)} × {formatMm(zone.rect.heightMm)}
          </dd>
          <dt>Bleed / safe margin</dt>
          <dd>
            {formatMm(zone.bleedMm)} / {formatMm(zone.safeMm)}
          </dd>
          <dt>Accepts</dt>
          <dd>
            {content}; up to {zone.limits.maxChars} characters on {zone.limits.maxLines} line
            {zone.limits.maxLines > 1 ? 's' : ''}
            {zone.content.image && `, images from ${zone.minImageDpi} dpi`}
          </dd>
          {zone.limits.minTextHeightMm && (
            <>
              <dt>Smallest letters</dt>
              <dd>{formatMm(zone.limits.minTextHeightMm)}</dd>
            </>
          )}
          {zone.fonts.length > 0 && (
            <>
              <dt>Fonts</dt>
              <dd className="font-samples">
                {zone.fonts.map((id) => (
                  <span key={id} style={{ fontFamily: `"${id}"`, fontWeight: findFont(id)?.weight }}>
                    {findFont(id)?.family ?? 'Brand font'}
                  </span>
                ))}
              </dd>
            </>
          )}
          <dt>Colours</dt>
          <dd>
            <ul className="swatches">
              {zone.colours.map((c) => (
                <li key={c.id}>
                  <span className="swatch" style={{ background: c.hex }} aria-hidden="true" />
                  {c.name}
                  {c.reference && <span className="delta">{c.reference}</span>}
                </li>
              ))}
            </ul>
          </dd>
          {price && (
            <>
              <dt>Price</dt>
              <dd>{zoneCharges(price, money)}</dd>
            </>
          )}
        </dl>
      </section>
    );
  });
}

function zoneCharges(p: Template['pricing']['zones'][number], money: (m: number) => string): string {
  const parts = [
    p.perZoneMinor && `${money(p.perZoneMinor)} when used`,
    p.perCharacterMinor && `${money(p.perCharacterMinor)} per character`,
    p.perImageMinor && `${money(p.perImageMinor)} per image`,
    p.setupFeeMinor && `${money(p.setupFeeMinor)} setup per order`,
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'Included';
}
