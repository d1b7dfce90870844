'use client';
import { fieldId } from '@/lib/studio/field-issues';
import { removeZone } from '@/lib/studio/zone-edits';
import { surfacesFor } from '@/lib/templates/geometry';
import { geometrySchema } from '@/lib/kinds/schemas';
import { methodLabel } from '@/lib/templates/methods';
import { useDraft } from '../editor/draft-context';
import { CheckField } from '../fields/check-field';
import { GroupIssues } from '../fields/group-issues';
import { NumberField } from '../fields/number-field';
import { SelectField } from '../fields/select-field';
import { ZoneColours } from './zone-colours';
import { ZoneFonts } from './zone-fonts';
import { ZoneMonograms } from './zone-monograms';
import { ZoneNameField } from './zone-name-field';
import s from '../editor/editor.module.css';
import b from '../studio.module.css';

const METHODS = (['print', 'embroider', 'engrave'] as const).map((m) => ({
  value: m,
  label: methodLabel(m),
}));
const ANCHORS = [
  { value: 'top-left', label: 'the left edge' },
  { value: 'top-centre', label: 'the centre line' },
];

/** Everything about one zone: where it is, how it is produced, and what shoppers may put in it. */
export function ZoneForm({ index }: { index: number }) {
  const zone = useDraft((st) => st.doc.zones[index]);
  const geometry = useDraft((st) => st.doc.geometry);
  const change = useDraft((st) => st.change);
  const selectZone = useDraft((st) => st.selectZone);
  if (!zone) return null;
  const parsed = geometrySchema.safeParse(geometry);
  const surfaces = parsed.success
    ? surfacesFor(parsed.data, {}).map((x) => ({ value: x.id, label: x.name }))
    : [];
  const path = ['zones', index];
  const p = (...rest: string[]) => [...path, ...rest];
  return (
    <section className={s.panel} aria-label={`Zone ${zone.name}`}>
      <div className={s.card}>
        <div className={s.cardHead}>
          <h3>{zone.name || 'Unnamed zone'}</h3>
          <button
            type="button"
            className={b.danger}
            onClick={() => {
              change((d) => removeZone(d, zone.id));
              selectZone(null);
            }}
          >
            Remove zone
          </button>
        </div>
        <GroupIssues path={path} />
        <div className={b.grid}>
          <ZoneNameField index={index} />
          <SelectField path={p('surface')} label="Surface" options={surfaces} />
          <SelectField path={p('method')} label="Production method" options={METHODS} />
        </div>
      </div>
      <fieldset className={s.card} id={fieldId(p('rect'))} tabIndex={-1}>
        <legend>Position and size</legend>
        <GroupIssues path={p('rect')} />
        <div className={b.grid}>
          <NumberField
            path={p('rect', 'xMm')}
            label={zone.anchor === 'top-centre' ? 'X from centre' : 'X from left'}
          />
          <NumberField path={p('rect', 'yMm')} label="Y from top" />
          <NumberField path={p('rect', 'widthMm')} label="Width" />
          <NumberField path={p('rect', 'heightMm')} label="Height" />
          <SelectField
            path={p('anchor')}
            label="X measured from"
            options={ANCHORS}
            hint="On garments, measure from the centre line: one zone then fits every size."
          />
        </div>
      </fieldset>
      <fieldset className={s.card}>
        <legend>Production</legend>
        <div className={b.grid}>
          <NumberField path={p('bleedMm')} label="Bleed" hint="Artwork past the trim, cut or wrapped away." />
          <NumberField path={p('safeMm')} label="Safe margin" hint="Keep text this far inside the edge." />
          <NumberField
            path={p('minImageDpi')}
            label="Minimum image DPI"
            unit="dpi"
            integer
            hint="Sharper images are asked for below it."
          />
          <NumberField path={p('printDpi')} label="Print file DPI" unit="dpi" integer />
        </div>
      </fieldset>
      <fieldset className={s.card}>
        <legend>What shoppers may add</legend>
        <GroupIssues path={p('content')} />
        <div className={s.row}>
          <CheckField path={p('content', 'text')} label="Text" />
          <CheckField path={p('content', 'image')} label="Images" />
          <CheckField path={p('content', 'shape')} label="Shapes" />
          <CheckField path={p('content', 'clipart')} label="Clipart" />
        </div>
        <ZoneMonograms index={index} />
        <div className={b.grid}>
          <NumberField path={p('limits', 'maxChars')} label="Most characters" unit="" integer />
          <NumberField path={p('limits', 'maxLines')} label="Most lines" unit="" integer />
          <NumberField
            path={p('limits', 'maxLayers')}
            label="Most layers"
            unit=""
            integer
            hint="Every layer together: text, images, shapes, clipart, monograms."
          />
          <NumberField
            path={p('limits', 'minTextHeightMm')}
            label="Smallest letters"
            optional
            hint="Capital height; embroidery needs about 5 mm."
          />
        </div>
      </fieldset>
      <ZoneFonts index={index} />
      <ZoneColours index={index} />
    </section>
  );
}
