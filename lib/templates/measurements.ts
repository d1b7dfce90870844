// Human names for the points of measure a template's sizes carry. Each kind names its own
// (lib/kinds/<kind>/traits.ts); a key no kind names is humanised.
import { MEASUREMENT_LABELS } from '../kinds/traits';

/** A readable label for a measurement key, e.g. "frontRiseMm" -> "Front rise". */
export function measurementLabel(key: string): string {
  return MEASUREMENT_LABELS[key] ?? key.replace(/Mm$/, '').replace(/([A-Z])/g, ' $1').replace(/^./, (c) => c.toUpperCase());
}
