// The production sheet's tables: the spec of every zone, the price, and the garment tech pack.
import { formatMoney } from '../../money';
import { measurementLabel } from '../../templates/measurements';
import type { TechPack } from '../../templates/tech-pack-schema';
import type { LineSpec } from '../line-spec';
import type { SheetWriter } from './sheet-writer';

const cm = (mm: number) => `${Math.round(mm) / 10}`;
const inches = (mm: number) => `${Math.round((mm / 25.4) * 16) / 16}`;

/** Spec tables: per zone facts, files, text, images, shapes and colours; then the price lines. */
export function specTablePages(sheet: SheetWriter, spec: LineSpec): void {
  sheet.newPage();
  sheet.heading('Specification (all sizes in mm)');
  for (const z of spec.zones) {
    sheet.heading(`${z.name} - ${z.methodLabel}`, 11);
    sheet.facts([
      [
        'Surface',
        `${z.surface}; trim's top-left at x ${z.placement.xMm}, y ${z.placement.yMm} (${z.placement.anchor === 'top-centre' ? 'x from the centre line' : 'from the top-left'})`,
      ],
      ['Trim / bleed / safe', `${z.trim.widthMm} x ${z.trim.heightMm} / ${z.bleedMm} / ${z.safeInsetMm}`],
      [
        'Keep-outs',
        z.keepOuts
          .map((k) => `${k.reason}: x ${k.xMm}, y ${k.yMm}, ${k.widthMm} x ${k.heightMm}`)
          .join('; ') || 'none',
      ],
      [
        'Resolution',
        `print ${z.printDpi} dpi, images at least ${z.minImageDpi} dpi; PNG background ${z.pngBackground}`,
      ],
      ...(z.embroidery
        ? [
            [
              'Embroidery',
              `letters at least ${z.embroidery.minLetterHeightMm} mm (smallest here ${z.embroidery.smallestLetterHeightMm} mm); threads ${z.embroidery.threads.map((t) => `${t.name} ${t.reference ?? t.hex}`).join(', ')}`,
            ] as [string, string],
          ]
        : []),
      ...(z.engraving
        ? [
            ['Engraving', `hairline ${z.engraving.hairlineMm} mm; ${z.engraving.colourMeaning}`] as [
              string,
              string,
            ],
          ]
        : []),
    ]);
    if (z.texts.length)
      sheet.table(
        [
          { title: 'Text', width: 3 },
          { title: 'Font', width: 2 },
          { title: 'Size / letter height', width: 2 },
          { title: 'Box, centre', width: 3 },
          { title: 'Colour', width: 3 },
        ],
        z.texts.map((t) => [
          t.content,
          `${t.font.family} ${t.font.weight}, outlined`,
          `${t.sizeMm} / ${t.capHeightMm}`,
          `${t.widthMm} x ${t.heightMm} at ${t.centre.xMm}, ${t.centre.yMm}${t.rotationDeg ? `, ${t.rotationDeg} deg` : ''}`,
          `${t.colour.name} ${t.colour.hex}${t.colour.reference ? ` (${t.colour.reference})` : ''}`,
        ]),
      );
    if (z.images.length)
      sheet.table(
        [
          { title: 'Image (sha256 of the original)', width: 6 },
          { title: 'Pixels', width: 1.6 },
          { title: 'Placed, centre', width: 2.6 },
          { title: 'Effective dpi', width: 1.4 },
        ],
        z.images.map((i) => [
          i.originalSha256,
          `${i.widthPx} x ${i.heightPx}`,
          `${i.placedWidthMm} x ${i.placedHeightMm} at ${i.centre.xMm}, ${i.centre.yMm}`,
          `${i.effectiveDpi}${i.meetsMinimumDpi ? '' : ' (below minimum)'}`,
        ]),
        7,
      );
    if (z.shapes?.length) {
      const colour = (id: string | null) => z.colours.find((c) => c.id === id)?.name ?? 'none';
      sheet.table(
        [
          { title: 'Shape', width: 2.5 },
          { title: 'Box, centre', width: 4 },
          { title: 'Fill', width: 2 },
          { title: 'Outline', width: 3 },
        ],
        z.shapes.map((s) => [
          `${s.shape}${s.cornerRadiusMm ? `, corners ${s.cornerRadiusMm}` : ''}`,
          `${s.widthMm} x ${s.heightMm} at ${s.centre.xMm}, ${s.centre.yMm}${s.rotationDeg ? `, ${s.rotationDeg} deg` : ''}`,
          colour(s.fillColourId),
          s.outline ? `${colour(s.outline.colourId)}, ${s.outline.widthMm} wide` : 'none',
        ]),
      );
    }
    sheet.table(
      [
        { title: 'File', width: 3 },
        { title: 'sha256', width: 5 },
      ],
      z.files.map((file) => [file.name, file.sha256]),
      7,
    );
  }
  sheet.heading('Price', 11);
  sheet.table(
    [
      { title: 'Line', width: 4 },
      { title: 'Amount', width: 1, align: 'right' },
    ],
    [
      ...spec.price.lines.map((l) => [l.label, formatMoney(l.amountMinor, spec.price.currency)]),
      ['Total', formatMoney(spec.price.totalMinor, spec.price.currency)],
    ],
  );
}

/** Tech pack: points of measure for the ordered size (if any), bill of materials, sewing operations. */
export function techPackPages(sheet: SheetWriter, spec: LineSpec, pack: TechPack): void {
  sheet.newPage();
  // One-size products (a tote) have no points of measure: their figures are the geometry.
  if (pack.pointsOfMeasure.length === 0) sheet.heading('Tech pack');
  else {
    sheet.heading(`Tech pack: points of measure, size ${spec.size.label}`);
    const measured = new Map(spec.size.measurements.map((m) => [m.key, m.mm]));
    sheet.table(
      [
        { title: 'Point of measure', width: 2.6 },
        { title: 'How to measure', width: 4.6 },
        { title: 'cm', width: 1.1, align: 'right' },
        { title: 'in', width: 1.3, align: 'right' },
        { title: '+/- cm (in)', width: 2 },
        { title: 'Grade cm (in)', width: 3.4 },
      ],
      pack.pointsOfMeasure.map((p) => {
        const mm = measured.get(p.key) ?? 0;
        return [
          measurementLabel(p.key),
          p.howToMeasure,
          cm(mm),
          inches(mm),
          `${cm(p.toleranceMm)} (${inches(p.toleranceMm)})`,
          `${cm(p.gradeMm)} (${inches(p.gradeMm)}) ${p.gradeStep}`,
        ];
      }),
    );
    sheet.text('Sources:', 8, true);
    for (const s of [...new Set(pack.pointsOfMeasure.map((p) => p.source))]) sheet.text(`- ${s}`, 7);
    sheet.gap(8);
  }
  sheet.heading('Bill of materials', 13);
  sheet.table(
    [
      { title: 'Item', width: 2 },
      { title: 'Description', width: 5 },
      { title: 'Quantity', width: 2 },
      { title: 'Source', width: 4 },
    ],
    pack.billOfMaterials.map((b) => [b.item, b.description, b.quantity, b.source]),
  );
  sheet.heading('Sewing operations', 13);
  sheet.table(
    [
      { title: 'Operation', width: 4 },
      { title: 'Stitch class (ISO 4915)', width: 4 },
      { title: 'SPI', width: 1, align: 'right' },
      { title: 'Thread', width: 2 },
      { title: 'Source', width: 4 },
    ],
    pack.operations.map((o) => [o.operation, o.stitchClass, String(o.stitchesPerInch), o.thread, o.source]),
  );
}
