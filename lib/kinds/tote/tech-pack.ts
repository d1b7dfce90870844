// The canvas tote's tech pack: no points of measure (one size, its figures are the geometry),
// the bill of materials and the sewing operations. Heavy canvas is sewn with a longer stitch
// than jersey (7-9 stitches per inch) and heavier thread. Stitch types are ISO 4915 numbers;
// the construction is our choice, not a published one.
import type { TechPack } from '../../templates/tech-pack-schema';

const OWN = 'Onekind construction choice for a gusseted canvas tote';
const GEOMETRY = 'From the template geometry; amount is an Onekind estimate with seam allowances';

export const toteTechPack: TechPack = {
  pointsOfMeasure: [],
  billOfMaterials: [
    {
      item: 'Body canvas',
      description: '12 oz/yd² (407 g/m²) 100% cotton canvas, plain weave',
      quantity: 'about 0.55 m² per bag (2 panels, 1 gusset strip)',
      source: GEOMETRY,
    },
    {
      item: 'Handle webbing',
      description: '25 mm flat cotton webbing, matching',
      quantity: '2 x 68 cm (60 cm loop plus 4 cm sewn on at each end)',
      source: GEOMETRY,
    },
    {
      item: 'Thread',
      description: 'Core-spun polyester Tex 40 (ticket 75), matching',
      quantity: 'about 12 m',
      source: OWN,
    },
    {
      item: 'Label',
      description: 'Care and fibre label (care symbols per ISO 3758) in the side seam',
      quantity: '1',
      source: OWN,
    },
  ],
  operations: [
    {
      operation: 'Gusset strip to front and back panels (sides and bottom)',
      stitchClass: '301 lockstitch',
      stitchesPerInch: 8,
      thread: 'Tex 40',
      source: OWN,
    },
    {
      operation: 'Neaten seam allowances',
      stitchClass: '504 three-thread overlock',
      stitchesPerInch: 10,
      thread: 'Tex 40',
      source: OWN,
    },
    {
      operation: 'Top hem, 3 cm double fold',
      stitchClass: '301 lockstitch',
      stitchesPerInch: 8,
      thread: 'Tex 40',
      source: OWN,
    },
    {
      operation: 'Handle ends to the outside of the panels, box-X',
      stitchClass: '301 lockstitch',
      stitchesPerInch: 8,
      thread: 'Tex 40',
      source: OWN,
    },
  ],
};
