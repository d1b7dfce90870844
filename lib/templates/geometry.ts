// Product geometry in millimetres, one shape per product kind. The 3D preview, the zone
// surfaces and (later) the production files all derive from these numbers.
import { z } from 'zod';

const mm = (what: string) =>
  z.number({ error: `${what} must be a number of millimetres` }).positive({ error: `${what} must be greater than 0 mm` });
const mmOrZero = (what: string) =>
  z.number({ error: `${what} must be a number of millimetres` }).nonnegative({ error: `${what} cannot be negative` });

export const rectSchema = z.object({
  xMm: mmOrZero('x'),
  yMm: mmOrZero('y'),
  widthMm: mm('Width'),
  heightMm: mm('Height'),
});
export type Rect = z.infer<typeof rectSchema>;

const phoneCaseSchema = z.object({
  kind: z.literal('phone-case'),
  device: z.object({
    model: z.string().min(1),
    widthMm: mm('Device width'),
    heightMm: mm('Device height'),
    depthMm: mm('Device depth'),
    cornerRadiusMm: mm('Device corner radius'),
  }),
  shell: z.object({
    wallMm: mm('Shell wall'),
    clearanceMm: mmOrZero('Clearance'),
    backMm: mm('Back thickness'),
    lipMm: mmOrZero('Screen lip'),
  }),
  /** Camera cut-out on the back, measured from the top-left corner of the case back seen from behind. */
  camera: rectSchema.extend({ cornerRadiusMm: mmOrZero('Camera corner radius') }),
});

const mugSchema = z.object({
  kind: z.literal('mug'),
  diameterMm: mm('Diameter'),
  heightMm: mm('Height'),
  wallMm: mm('Wall'),
  capacityMl: mm('Capacity'),
  handle: z.object({ heightMm: mm('Handle height'), projectionMm: mm('Handle projection'), thicknessMm: mm('Handle thickness') }),
  /** Band around the handle that a wrap print cannot reach, centred on the handle. */
  handleClearanceMm: mmOrZero('Handle clearance'),
});

const teeSchema = z.object({
  kind: z.literal('tee'),
  fabric: z.object({ gsm: mm('Fabric weight'), composition: z.string().min(1) }),
  neckWidthMm: mm('Neck width'),
  frontNeckDropMm: mm('Front neck drop'),
  backNeckDropMm: mm('Back neck drop'),
  ribMm: mm('Collar rib'),
});

const jeansSchema = z.object({
  kind: z.literal('jeans'),
  fabric: z.object({ weightOz: mm('Denim weight'), composition: z.string().min(1) }),
  waistbandMm: mm('Waistband height'),
  backPocket: z.object({ widthMm: mm('Back pocket width'), heightMm: mm('Back pocket height') }),
  patch: z.object({ widthMm: mm('Patch width'), heightMm: mm('Patch height'), material: z.string().min(1) }),
});

export const geometrySchema = z.discriminatedUnion('kind', [phoneCaseSchema, mugSchema, teeSchema, jeansSchema]);
export type Geometry = z.infer<typeof geometrySchema>;
export type ProductKind = Geometry['kind'];
export type PhoneCaseGeometry = z.infer<typeof phoneCaseSchema>;
export type MugGeometry = z.infer<typeof mugSchema>;
export type TeeGeometry = z.infer<typeof teeSchema>;
export type JeansGeometry = z.infer<typeof jeansSchema>;

/** Garment measurements every size of a kind must state (points of measure, in mm). */
export const REQUIRED_MEASUREMENTS: Record<ProductKind, readonly string[]> = {
  'phone-case': [],
  mug: [],
  tee: ['chestWidthMm', 'bodyLengthMm', 'sleeveLengthMm'],
  jeans: ['waistMm', 'frontRiseMm', 'backRiseMm', 'hipMm', 'thighMm', 'kneeMm', 'legOpeningMm', 'inseamMm', 'outseamMm'],
};

/** A flat area of the product, unwrapped, on which zones are placed (origin top-left). */
export type Surface = {
  id: string;
  name: string;
  widthMm: number;
  heightMm: number;
  /** Areas no artwork may cover: a camera hole, a handle. */
  keepOuts: Array<Rect & { reason: string }>;
};

/** Phone case outer size: the device plus clearance and wall on each side. */
export function phoneCaseOuter(g: PhoneCaseGeometry) {
  const side = g.shell.clearanceMm + g.shell.wallMm;
  return {
    widthMm: g.device.widthMm + 2 * side,
    heightMm: g.device.heightMm + 2 * side,
    depthMm: g.device.depthMm + g.shell.backMm + g.shell.clearanceMm + g.shell.lipMm,
    cornerRadiusMm: g.device.cornerRadiusMm + side,
  };
}

/**
 * Where a zone sits on a surface. Garment prints are placed the way tech packs state them:
 * centred on the panel and measured down from the top, so one zone fits every size.
 */
export function placeRect(rect: Rect, anchor: 'top-left' | 'top-centre', surface: { widthMm: number }): Rect {
  if (anchor === 'top-left') return rect;
  return { ...rect, xMm: (surface.widthMm - rect.widthMm) / 2 + rect.xMm };
}

/** Mug outer circumference in mm (the length of the unwrapped wrap surface). */
export function mugCircumference(g: MugGeometry): number {
  return Math.PI * g.diameterMm;
}

/**
 * The surfaces of a product in a given size. Garment panels depend on the size's
 * measurements; hard goods have one size.
 */
export function surfacesFor(g: Geometry, measurements: Record<string, number>): Surface[] {
  switch (g.kind) {
    case 'phone-case': {
      const outer = phoneCaseOuter(g);
      const { cornerRadiusMm: _r, ...camera } = g.camera;
      return [{ id: 'back', name: 'Case back', widthMm: outer.widthMm, heightMm: outer.heightMm, keepOuts: [{ ...camera, reason: 'camera cut-out' }] }];
    }
    case 'mug': {
      const c = mugCircumference(g);
      const half = g.handleClearanceMm / 2;
      // x = 0 is the handle's centre line; the band either side of it cannot be printed.
      const keepOuts = half > 0
        ? [
            { xMm: 0, yMm: 0, widthMm: half, heightMm: g.heightMm, reason: 'handle' },
            { xMm: c - half, yMm: 0, widthMm: half, heightMm: g.heightMm, reason: 'handle' },
          ]
        : [];
      return [{ id: 'wrap', name: 'Mug wall (unwrapped)', widthMm: c, heightMm: g.heightMm, keepOuts }];
    }
    case 'tee': {
      const width = measurements.chestWidthMm ?? 0;
      const length = measurements.bodyLengthMm ?? 0;
      return [
        { id: 'front', name: 'Front panel', widthMm: width, heightMm: length, keepOuts: [] },
        { id: 'back', name: 'Back panel', widthMm: width, heightMm: length, keepOuts: [] },
      ];
    }
    case 'jeans':
      return [
        { id: 'back-pocket', name: 'Right back pocket', widthMm: g.backPocket.widthMm, heightMm: g.backPocket.heightMm, keepOuts: [] },
        { id: 'waistband-patch', name: 'Waistband patch', widthMm: g.patch.widthMm, heightMm: g.patch.heightMm, keepOuts: [] },
      ];
  }
}
