// The tee's tech pack. Grades follow the Gildan 5000 chart the sizes come from (seed.ts);
// tolerances are the customary ones for knit tops (±1/2 in girths and lengths, ±1/4 in
// sleeves), our figures. Stitch types are ISO 4915 numbers; knits take 12-14 stitches per inch.
import { inch } from '../../templates/catalogue/shared';
import type { TechPack } from '../../templates/tech-pack-schema';

const OWN = 'Onekind construction choice for a classic crew-neck tee';
const TOL = 'Customary finished-garment tolerance for knit tops; Onekind figure';

export const teeTechPack: TechPack = {
  pointsOfMeasure: [
    { key: 'chestWidthMm', howToMeasure: 'Laid flat, 1 in below the armhole, edge to edge', toleranceMm: inch(0.5), gradeMm: inch(2), gradeStep: 'per size', source: `Gildan 5000 Heavy Cotton size chart (gildan.com); ${TOL}` },
    { key: 'bodyLengthMm', howToMeasure: 'High point shoulder to hem, front', toleranceMm: inch(0.5), gradeMm: inch(1), gradeStep: 'per size', source: `Gildan 5000 Heavy Cotton size chart (gildan.com); ${TOL}` },
    { key: 'sleeveLengthMm', howToMeasure: 'Shoulder seam to sleeve hem', toleranceMm: inch(0.25), gradeMm: inch(0.25), gradeStep: 'per size', source: `Usual tee grade, Onekind figure (tee.ts); ${TOL}` },
  ],
  billOfMaterials: [
    { item: 'Body fabric', description: '180 g/m² (5.3 oz/yd²) 100% cotton single jersey, tubular', quantity: 'about 0.6 m² per shirt', source: 'Fabric from the template geometry (Gildan 5000); area is an Onekind estimate' },
    { item: 'Collar rib', description: `1x1 rib, 100% cotton, ${inch(0.875)} mm finished`, quantity: '1', source: 'Rib width from the template geometry' },
    { item: 'Neck tape', description: 'Shoulder-to-shoulder twill tape, 9 mm', quantity: 'about 40 cm', source: OWN },
    { item: 'Thread', description: 'Spun polyester Tex 27 (ticket 120), matching', quantity: 'about 150 m', source: OWN },
    { item: 'Labels', description: 'Printed neck label (size, care per ISO 3758, fibre content)', quantity: '1', source: OWN },
  ],
  operations: [
    { operation: 'Shoulder seams with tape', stitchClass: '504 three-thread overlock', stitchesPerInch: 12, thread: 'Tex 27', source: OWN },
    { operation: 'Collar rib attach', stitchClass: '504 three-thread overlock', stitchesPerInch: 12, thread: 'Tex 27', source: OWN },
    { operation: 'Neck tape, shoulder to shoulder', stitchClass: '301 lockstitch', stitchesPerInch: 12, thread: 'Tex 27', source: OWN },
    { operation: 'Sleeve set', stitchClass: '504 three-thread overlock', stitchesPerInch: 12, thread: 'Tex 27', source: OWN },
    { operation: 'Side seams', stitchClass: '504 three-thread overlock', stitchesPerInch: 12, thread: 'Tex 27', source: OWN },
    { operation: 'Sleeve and bottom hems', stitchClass: '406 twin-needle bottom coverstitch', stitchesPerInch: 12, thread: 'Tex 27', source: OWN },
  ],
};
