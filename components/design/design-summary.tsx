import type { ClipartLayer, Design, MonogramLayer, ShapeLayer } from '@/lib/design/schema';
import { MONOGRAM_LABELS } from '@/lib/layers/monogram/layouts';
import { layerKind } from '@/lib/layers/registry';
import { SHAPE_LABELS } from '@/lib/layers/shape/module';
import { findFont } from '@/lib/templates/fonts';
import type { Template, Zone } from '@/lib/templates/schema';
import { formatMm } from '@/lib/units';
import { imageToolsSummary } from '@/lib/layers/image/summary';

/** "Star, 40 mm × 40 mm, fill Red, outline Black 1 mm". */
/** "Clipart “Heart”, 40 mm wide, Navy" or "Monogram “AJK”, classic (…), 20 mm, Navy". */
function layerSummary(zone: Zone, layer: ClipartLayer | MonogramLayer): string {
  const colour =
    layer.colourId === null
      ? 'its own colours'
      : (zone.colours.find((c) => c.id === layer.colourId)?.name ?? '');
  const name = layerKind(layer).name(layer);
  return 'letters' in layer
    ? `${name}, ${MONOGRAM_LABELS[layer.layout].toLowerCase()}, ${formatMm(layer.sizeMm)}, ${colour}`
    : `${name}, ${formatMm(layer.widthMm)} wide, ${colour}`;
}

function shapeSummary(zone: Zone, layer: ShapeLayer): string {
  const colour = (id: string | null) => zone.colours.find((c) => c.id === id)?.name;
  const size =
    layer.shape === 'line'
      ? `${formatMm(layer.widthMm)} long`
      : `${formatMm(layer.widthMm)} × ${formatMm(layer.heightMm)}`;
  const fill =
    layer.shape !== 'line' && colour(layer.fillColourId) ? `, fill ${colour(layer.fillColourId)}` : '';
  const stroke =
    colour(layer.strokeColourId) && layer.strokeWidthMm > 0
      ? `, ${layer.shape === 'line' ? 'colour' : 'outline'} ${colour(layer.strokeColourId)} ${formatMm(layer.strokeWidthMm)}`
      : '';
  return `${SHAPE_LABELS[layer.shape]}, ${size}${fill}${stroke}`;
}

/** A design in words: size, choices and every layer of every zone. */
export function DesignSummary({ template, design }: { template: Template; design: Design }) {
  const variant = template.sizes.variants.find((v) => v.id === design.variantId);
  return (
    <dl className="summary">
      <dt>{template.sizes.label}</dt>
      <dd>{variant?.label ?? design.variantId}</dd>
      {template.options.map((option) => (
        <div key={option.id} className="summary-row">
          <dt>{option.name}</dt>
          <dd>{option.choices.find((c) => c.id === design.selection[option.id])?.name ?? '—'}</dd>
        </div>
      ))}
      {template.zones.map((zone) => {
        const layers = design.zones[zone.id]?.layers ?? [];
        if (layers.length === 0) return null;
        return (
          <div key={zone.id} className="summary-row">
            <dt>{zone.name}</dt>
            <dd>
              <ul>
                {layers.map((layer) => {
                  if (layer.kind === 'image') {
                    const tools = imageToolsSummary(zone, layer);
                    return (
                      <li key={layer.id}>
                        Image, {formatMm(layer.widthMm)} wide{tools ? `, ${tools}` : ''}
                      </li>
                    );
                  }
                  if (layer.kind === 'shape') return <li key={layer.id}>{shapeSummary(zone, layer)}</li>;
                  if (layer.kind === 'clipart' || layer.kind === 'monogram')
                    return <li key={layer.id}>{layerSummary(zone, layer)}</li>;
                  const font = findFont(layer.fontId);
                  const colour = zone.colours.find((c) => c.id === layer.colourId);
                  return (
                    <li key={layer.id}>
                      Text “{layer.text}” in {font?.family} {font?.weight === 700 ? 'Bold ' : ''}at{' '}
                      {formatMm(layer.sizeMm)}, {colour?.name}
                    </li>
                  );
                })}
              </ul>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
