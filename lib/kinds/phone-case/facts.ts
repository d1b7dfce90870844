// What the product page states about a phone case.
import { formatMm } from '../../units';
import type { Template } from '../../templates/schema';
import { phoneCaseOuter } from './layout';
import type { PhoneCaseGeometry } from './schema';

const round = (mm: number) => Math.round(mm * 10) / 10;

/** "Fits iPhone 17", its outer size and its screen lip. */
export function phoneCaseFacts(g: PhoneCaseGeometry, _template: Template): string[] {
  const o = phoneCaseOuter(g);
  return [
    `Fits ${g.device.model}`,
    `Outer size ${round(o.widthMm)} × ${round(o.heightMm)} × ${round(o.depthMm)} mm`,
    `${formatMm(g.shell.lipMm)} raised screen lip`,
  ];
}
