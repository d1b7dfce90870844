import { describe, expect, it } from 'vitest';
import type { PhoneCaseGeometry } from '../kinds/phone-case/schema';
import { phoneCase } from '../kinds/phone-case/seed';
import { tee } from '../kinds/tee/seed';
import { toteStarter } from '../kinds/tote/seed';
import type { ToteGeometry } from '../kinds/tote/schema';
import type { TemplateInput } from './schema';
import { parseTemplate } from './validate';

/** A deep copy of a seed template with one change applied. */
function variant(base: TemplateInput, change: (doc: TemplateInput) => void): unknown {
  const doc = structuredClone(base);
  change(doc);
  return doc;
}

function messages(input: unknown): string[] {
  const result = parseTemplate(input);
  if (result.ok) throw new Error('expected the template to be rejected');
  return result.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('template validation', () => {
  it('accepts a real template and fills in defaults', () => {
    const result = parseTemplate(phoneCase);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.template.zones[0]?.anchor).toBe('top-left');
  });

  it('rejects a zone that extends beyond its surface, saying by how much and where', () => {
    const doc = variant(phoneCase, (d) => {
      d.zones[0]!.rect.widthMm = 80; // the case back is 74.3 mm wide
    });
    expect(messages(doc)).toEqual([
      'zones.0.rect: Zone "Case back" extends beyond the case back (74.3 mm × 152.4 mm) by 8.7 mm on the right',
    ]);
  });

  it('accepts a centred zone left of the centre line (a negative x) and refuses a top-left one past the edge', () => {
    const leftChest = variant(tee, (d) => {
      d.zones[0]!.rect = { xMm: -60, yMm: 80, widthMm: 90, heightMm: 90 };
    });
    expect(parseTemplate(leftChest).ok).toBe(true);
    const pastEdge = variant(phoneCase, (d) => {
      d.zones[0]!.rect = { ...d.zones[0]!.rect, xMm: -2, widthMm: 70 };
    });
    expect(messages(pastEdge)).toEqual([
      'zones.0.rect: Zone "Case back" extends beyond the case back (74.3 mm × 152.4 mm) by 2 mm on the left',
    ]);
  });

  it('checks garment zones against every size and names the one that fails', () => {
    const doc = variant(tee, (d) => {
      d.zones[0]!.rect.heightMm = 600; // fits an XXL body (813 mm) but not an S (711 mm) below 127 mm
    });
    expect(messages(doc)).toEqual([
      expect.stringMatching(
        /^zones\.0\.rect: Zone "Front print" extends beyond the front panel .* in size S by 15\.8 mm on the bottom$/,
      ),
    ]);
  });

  it('rejects a zone on a surface the product does not have', () => {
    const doc = variant(phoneCase, (d) => {
      d.zones[0]!.surface = 'front';
    });
    expect(messages(doc)).toEqual(['zones.0.surface: Zone "Case back" is on an unknown surface "front"']);
  });

  it('rejects negative and zero sizes', () => {
    const zero = variant(phoneCase, (d) => {
      d.zones[0]!.rect.heightMm = 0;
    });
    expect(messages(zero)).toContain('zones.0.rect.heightMm: Height must be greater than 0 mm');
    const negative = variant(phoneCase, (d) => {
      (d.geometry as PhoneCaseGeometry).device.widthMm = -71.5;
    });
    expect(messages(negative)).toContain('geometry.device.widthMm: Device width must be greater than 0 mm');
  });

  it('rejects a safe margin that leaves no room in the zone', () => {
    const doc = variant(phoneCase, (d) => {
      d.zones[0]!.safeMm = 40;
    });
    expect(messages(doc)).toEqual([
      'zones.0.safeMm: Safe margin 40 mm leaves no room inside zone "Case back" (68.8 mm × 147.6 mm); it must be less than 34.4 mm',
    ]);
  });

  it('rejects a font the app does not ship (nor a brand font id)', () => {
    const doc = variant(phoneCase, (d) => {
      d.zones[0]!.fonts = ['inter-regular', 'comic-sans'];
    });
    expect(messages(doc)).toEqual([
      `zones.0.fonts.1: Unknown font "comic-sans" in zone "Case back": use one the app ships (see lib/templates/fonts.ts) or one of the brand's fonts`,
    ]);
  });

  it('rejects duplicate ids', () => {
    const doc = variant(phoneCase, (d) => {
      d.options[1]!.id = 'finish';
      d.options[0]!.choices[1]!.id = 'black-matte';
    });
    expect(messages(doc)).toEqual(
      expect.arrayContaining([
        'options: Duplicate option id "finish": every option needs its own id',
        'options.0.choices: Duplicate choice id "black-matte": every choice needs its own id',
      ]),
    );
  });

  it('rejects prices that are not whole minor units', () => {
    const doc = variant(phoneCase, (d) => {
      d.pricing.basePriceMinor = 24.9;
      d.options[0]!.choices[3]!.priceDeltaMinor = 2.5;
    });
    expect(messages(doc)).toEqual([
      'options.0.choices.3.priceDeltaMinor: Price delta must be a whole number of minor units (e.g. 2499 for 24.99), not a fraction',
      'pricing.basePriceMinor: Base price must be a whole number of minor units (e.g. 2499 for 24.99), not a fraction',
    ]);
  });

  it('rejects an unknown currency, unknown references and unordered quantity breaks', () => {
    const doc = variant(phoneCase, (d) => {
      d.currency = 'XQQ';
      d.rules[0]!.forbid[1]!.choice = 'knurled';
      d.pricing.zones[0]!.zone = 'front';
      d.pricing.quantityBreaks = [
        { minQuantity: 10, discountBasisPoints: 1000 },
        { minQuantity: 5, discountBasisPoints: 500 },
      ];
    });
    expect(messages(doc)).toEqual([
      'currency: Unknown currency "XQQ": use an ISO 4217 code such as EUR or USD',
      'rules.0.forbid.1.choice: Rule "clear-has-smooth-sides" names an unknown choice "knurled" of Side grip',
      'pricing.zones.0.zone: Pricing names an unknown zone "front"',
      'pricing.quantityBreaks.1.minQuantity: Quantity breaks must be listed from the smallest quantity up, each larger than the last',
    ]);
  });

  it('rejects a rule that forbids the default choices, and a missing garment measurement', () => {
    const doc = variant(tee, (d) => {
      d.options.push({
        id: 'print',
        name: 'Print',
        kind: 'finish',
        part: 'ink',
        defaultChoice: 'dtg',
        choices: [
          {
            id: 'dtg',
            name: 'DTG',
            swatch: { hex: '#000000', roughness: 1, metalness: 0, texture: 'cotton-jersey' },
            priceDeltaMinor: 0,
          },
        ],
      });
      d.rules.push({
        id: 'nope',
        forbid: [
          { option: 'colour', choice: 'white' },
          { option: 'print', choice: 'dtg' },
        ],
        message: 'No.',
      });
      delete d.sizes.variants[2]!.measurements.bodyLengthMm;
    });
    expect(messages(doc)).toEqual(
      expect.arrayContaining([
        'sizes.variants.2.measurements.bodyLengthMm: Size L is missing the measurement “Body length from high point shoulder”',
        'rules.0: Rule "nope" forbids the default choices, so the product could not be opened',
      ]),
    );
  });

  it('rejects a camera cut-out outside the case back', () => {
    const doc = variant(phoneCase, (d) => {
      (d.geometry as PhoneCaseGeometry).camera.xMm = 60;
    });
    expect(messages(doc)).toEqual([
      'geometry.camera: The camera cut-out extends beyond the case back by 9.7 mm on the right',
    ]);
  });

  describe('a tote', () => {
    const tote = (change: (g: ToteGeometry, doc: TemplateInput) => void) =>
      variant(toteStarter(), (d) => change(d.geometry as ToteGeometry, d));

    it('names each bad figure in its own unit', () => {
      const doc = tote((g) => {
        g.panel.widthMm = -380;
        g.gussetMm = 0;
        (g.fabric as { weightOz: unknown }).weightOz = '12 oz';
        g.fabric.composition = '';
      });
      expect(messages(doc)).toEqual([
        'geometry.fabric.weightOz: Canvas weight must be a number of oz per square yard',
        'geometry.fabric.composition: Say what the canvas is made of (e.g. "100% cotton canvas")',
        'geometry.panel.widthMm: Panel width must be greater than 0 mm',
        'geometry.gussetMm: Gusset depth must be greater than 0 mm',
      ]);
    });

    it('rejects handles that do not fit on the panel or cannot make a loop', () => {
      const wide = tote((g) => {
        g.handle.spacingMm = 370;
      });
      expect(messages(wide)).toEqual([
        'geometry.handle.spacingMm: The handle ends (370 mm apart, 25 mm wide) do not fit on the 380 mm wide panel: make the spacing at most 355 mm',
      ]);
      const tangled = tote((g) => {
        g.handle.spacingMm = 20;
        g.handle.lengthMm = 15;
      });
      expect(messages(tangled)).toEqual([
        'geometry.handle.spacingMm: The two ends of a handle overlap: the spacing (20 mm) must be more than the handle width (25 mm)',
        'geometry.handle.lengthMm: A 15 mm handle cannot loop between ends 20 mm apart: make it longer than the spacing',
      ]);
    });

    it('rejects handles sewn on, or a hem, deeper than the panel', () => {
      const doc = tote((g) => {
        g.handle.attachMm = 450;
        g.topHemMm = 420;
      });
      expect(messages(doc)).toEqual([
        'geometry.handle.attachMm: The handles are sewn on 450 mm down a panel only 420 mm tall',
        'geometry.topHemMm: The top hem (420 mm) is as deep as the panel is tall (420 mm)',
      ]);
    });

    it('checks its print zones against the panel', () => {
      const doc = tote((_g, d) => {
        d.zones[1]!.rect.heightMm = 360; // from 70 mm down, 10 mm past the 420 mm panel
      });
      expect(messages(doc)).toEqual([
        'zones.1.rect: Zone "Back print" extends beyond the back panel (380 mm × 420 mm) by 10 mm on the bottom',
      ]);
    });
  });
});
