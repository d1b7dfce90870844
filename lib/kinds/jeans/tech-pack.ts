// The jeans' tech pack. Grades are the ones the sizes are built from (seed.ts). Tolerances
// are the customary ones for finished denim bottoms (about ±1/2 in on waist, hip and lengths,
// ±1/4 in on rises, thigh, knee and leg opening, as in the tolerance tables of brand tech
// packs and the AAFA/ASTM D5585-style body measurement practice); they are our figures, not a
// standard's, and a factory may agree tighter ones. Stitch types are ISO 4915 numbers.
import { inch } from '../../templates/catalogue/shared';
import type { TechPack } from '../../templates/tech-pack-schema';

const OWN = 'Onekind construction choice for a classic five-pocket jean';
const GRADE_SRC = 'Men\'s denim grade rule used to build the sizes (jeans.ts)';
const TOL_SRC = 'Customary finished-garment tolerance for denim bottoms; Onekind figure';

export const jeansTechPack: TechPack = {
  pointsOfMeasure: [
    { key: 'waistMm', howToMeasure: 'Top of waistband, button closed, edge to edge x 2', toleranceMm: inch(0.5), gradeMm: inch(1), gradeStep: 'per waist size', source: `${GRADE_SRC}; ${TOL_SRC}` },
    { key: 'frontRiseMm', howToMeasure: 'Crotch seam to top of waistband, front', toleranceMm: inch(0.25), gradeMm: inch(0.125), gradeStep: 'per waist size', source: `${GRADE_SRC}; ${TOL_SRC}` },
    { key: 'backRiseMm', howToMeasure: 'Crotch seam to top of waistband, back', toleranceMm: inch(0.25), gradeMm: inch(0.25), gradeStep: 'per waist size', source: `${GRADE_SRC}; ${TOL_SRC}` },
    { key: 'hipMm', howToMeasure: 'Laid flat at the bottom of the fly, edge to edge x 2', toleranceMm: inch(0.5), gradeMm: inch(1), gradeStep: 'per waist size', source: `${GRADE_SRC}; ${TOL_SRC}` },
    { key: 'thighMm', howToMeasure: '1 in below the crotch, edge to edge x 2', toleranceMm: inch(0.25), gradeMm: inch(0.375), gradeStep: 'per waist size', source: `${GRADE_SRC}; ${TOL_SRC}` },
    { key: 'kneeMm', howToMeasure: '13 in below the crotch, edge to edge x 2', toleranceMm: inch(0.25), gradeMm: inch(0.25), gradeStep: 'per waist size', source: `${GRADE_SRC}; ${TOL_SRC}` },
    { key: 'legOpeningMm', howToMeasure: 'At the hem, edge to edge x 2', toleranceMm: inch(0.25), gradeMm: inch(0.1875), gradeStep: 'per waist size', source: `${GRADE_SRC}; ${TOL_SRC}` },
    { key: 'inseamMm', howToMeasure: 'Crotch seam to hem along the inseam', toleranceMm: inch(0.5), gradeMm: inch(2), gradeStep: 'per length (L30, L32, L34)', source: `Length sizes are whole inches of inseam; ${TOL_SRC}` },
    { key: 'outseamMm', howToMeasure: 'Top of waistband to hem along the side seam', toleranceMm: inch(0.5), gradeMm: inch(2), gradeStep: 'per length (plus 1/8 in per waist size)', source: `Inseam + front rise + 1/2 in (jeans.ts); ${TOL_SRC}` },
  ],
  billOfMaterials: [
    { item: 'Denim', description: '12.5 oz/yd² (424 g/m²) 100% cotton, 3x1 right-hand twill, rigid, 58-60 in wide', quantity: '1.5 yd per pair', source: 'Fabric from the template geometry; yardage is a typical straight-leg marker, Onekind estimate' },
    { item: 'Pocketing', description: '65/35 polyester-cotton twill, 2 front pocket bags', quantity: '0.25 yd', source: OWN },
    { item: 'Rivets', description: 'Two-part 9 mm rivets, finish as ordered (copper, nickel silver or black oxide)', quantity: '6 (front pocket corners and coin pocket)', source: OWN },
    { item: 'Waistband button', description: '17 mm (27L) shank tack button, same finish as the rivets', quantity: '1', source: OWN },
    { item: 'Fly', description: '4 button fly, 14 mm (22L) tack buttons, same finish', quantity: '4', source: 'Button fly of the Levi\'s 501 reference jean' },
    { item: 'Thread, topstitch', description: 'Core-spun polyester/cotton Tex 90 (ticket 30), gold', quantity: 'about 180 m', source: OWN },
    { item: 'Thread, seaming', description: 'Core-spun polyester/cotton Tex 40 (ticket 75), matching', quantity: 'about 220 m', source: OWN },
    { item: 'Leather patch', description: `Vegetable-tanned leather ${inch(3.25)} x ${inch(2)} mm, engraved per spec`, quantity: '1', source: 'Patch size from the template geometry (typical 501 figure)' },
    { item: 'Labels', description: 'Woven size label (waist x length) and printed care label (ISO 3758 symbols)', quantity: '1 each', source: OWN },
  ],
  operations: [
    { operation: 'Back pocket arcuate and hem', stitchClass: '301 lockstitch, twin needle', stitchesPerInch: 8, thread: 'Tex 90 topstitch', source: OWN },
    { operation: 'Back pocket attach', stitchClass: '301 lockstitch, twin needle', stitchesPerInch: 8, thread: 'Tex 90 topstitch', source: OWN },
    { operation: 'Back yoke and seat seam (felled)', stitchClass: '401 two-thread chainstitch, twin needle', stitchesPerInch: 8, thread: 'Tex 90 topstitch', source: OWN },
    { operation: 'Front pockets and coin pocket', stitchClass: '301 lockstitch', stitchesPerInch: 8, thread: 'Tex 90 topstitch', source: OWN },
    { operation: 'Fly J-stitch', stitchClass: '301 lockstitch, twin needle', stitchesPerInch: 8, thread: 'Tex 90 topstitch', source: OWN },
    { operation: 'Side seams', stitchClass: '516 safety stitch (401 + 504)', stitchesPerInch: 10, thread: 'Tex 40 seaming', source: OWN },
    { operation: 'Inseam (felled, feed-off-the-arm)', stitchClass: '401 two-thread chainstitch, twin needle', stitchesPerInch: 8, thread: 'Tex 90 topstitch', source: OWN },
    { operation: 'Waistband attach', stitchClass: '401 two-thread chainstitch, twin needle', stitchesPerInch: 8, thread: 'Tex 90 topstitch', source: OWN },
    { operation: 'Belt loops (5)', stitchClass: '406 bottom coverstitch', stitchesPerInch: 10, thread: 'Tex 40 seaming', source: OWN },
    { operation: 'Hems', stitchClass: '401 chainstitch', stitchesPerInch: 8, thread: 'Tex 90 topstitch', source: OWN },
    { operation: 'Bartacks (fly, pockets, belt loops)', stitchClass: '304 zigzag bartack, 42 stitches each', stitchesPerInch: 28, thread: 'Tex 40 seaming', source: OWN },
    { operation: 'Patch attach, embroidery, engraving', stitchClass: '301 lockstitch around the patch edge', stitchesPerInch: 8, thread: 'Tex 40 seaming', source: OWN },
  ],
};
