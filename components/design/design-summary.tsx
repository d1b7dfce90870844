import type { Design } from '@/lib/design/schema';
import { layerKind } from '@/lib/layers/registry';
import type { Template } from '@/lib/templates/schema';

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
                {layers.map((layer) => (
                  <li key={layer.id}>{layerKind(layer).summary(zone, layer)}</li>
                ))}
              </ul>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
