// What the product page states about a tote.
import { formatMm } from '../../units';
import type { Template } from '../../templates/schema';
import { handleDrop } from './layout';
import type { ToteGeometry } from './schema';

const round = (mm: number) => Math.round(mm * 10) / 10;
/** 1 oz per square yard in g/m²: 28.3495 g over 0.836127 m². */
const GSM_PER_OZ = 33.906;

/** The canvas, the bag's size and its handles. */
export function toteFacts(g: ToteGeometry, _template: Template): string[] {
  return [
    `${g.fabric.weightOz} oz canvas (${Math.round(g.fabric.weightOz * GSM_PER_OZ)} g/m²)`,
    g.fabric.composition,
    `${round(g.panel.widthMm)} × ${round(g.panel.heightMm)} mm, ${formatMm(g.gussetMm)} gusset`,
    `Handles ${formatMm(g.handle.lengthMm)} long, ${formatMm(Math.round(handleDrop(g)))} drop`,
  ];
}
