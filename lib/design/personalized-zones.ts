import type { Template, Zone } from '../templates/schema';
import type { Design } from './schema';

/** The template's zones the design puts something in, in the template's order. */
export function personalizedZones(template: Template, design: Design): Zone[] {
  return template.zones.filter((zone) => (design.zones[zone.id]?.layers.length ?? 0) > 0);
}
