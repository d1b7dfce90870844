import o from '@/components/order/order.module.css';
import { RowAction } from '@/components/studio/row-action';
import { FONT_ACCEPT, MAX_FONT_BYTES, type BrandFontSummary } from '@/lib/brand-fonts/limits';
import { deleteFont } from '@/lib/server/actions/delete-brand-font';
import s from './assets.module.css';
import { UploadForm } from './upload-form';

const kb = (bytes: number) => `${Math.ceil(bytes / 1024).toLocaleString('en')} KB`;
const dataUrl = (svg: string) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

/** The brand's fonts: upload with a licence note, and the list with a sample drawn as outlines. */
export function FontsSection({ fonts }: { fonts: Array<BrandFontSummary & { sample: string | null }> }) {
  return (
    <section aria-labelledby="fonts-heading">
      <h2 id="fonts-heading">Fonts</h2>
      <p className="muted">
        TrueType, OpenType or WOFF2, at most {MAX_FONT_BYTES / 1024 / 1024} MB. Static fonts only: upload each
        style (Regular, Bold…) as its own file. Letters are printed as outlines, so makers never need the font
        installed.
      </p>
      <UploadForm
        endpoint="/api/studio/fonts"
        label="Upload a font"
        fileLabel="Font file"
        accept={FONT_ACCEPT}
        hint=".ttf, .otf, .woff or .woff2"
        done="Font added."
      >
        <div className={o.field}>
          <label htmlFor="licence-note">Licence note</label>
          <textarea
            id="licence-note"
            name="licenceNote"
            required
            maxLength={500}
            aria-describedby="licence-hint"
          />
          <p id="licence-hint" className={o.hint}>
            Under which licence you may use this font on products you sell, for example “SIL Open Font License
            1.1” or “Desktop + product licence, order 1234”.
          </p>
        </div>
      </UploadForm>

      {fonts.length === 0 ? (
        <p className="muted">No fonts uploaded yet.</p>
      ) : (
        <div className="table-scroll">
          <table aria-label="Brand fonts">
            <thead>
              <tr>
                <th scope="col">Font</th>
                <th scope="col">Sample</th>
                <th scope="col">File</th>
                <th scope="col">Licence note</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {fonts.map((f) => (
                <tr key={f.id}>
                  <td>
                    <strong>{f.family}</strong> {f.style}
                  </td>
                  <td>
                    {f.sample ? (
                      // eslint-disable-next-line @next/next/no-img-element -- outlines drawn on the server, a data URL
                      <img
                        className={s.sample}
                        src={dataUrl(f.sample)}
                        alt={`Sample of ${f.family} ${f.style}`}
                      />
                    ) : (
                      <span className="muted">File missing</span>
                    )}
                  </td>
                  <td>
                    {f.fileName}
                    <br />
                    <span className="muted">
                      {f.format.toUpperCase()}, {kb(f.bytes)}, {f.glyphCount.toLocaleString('en')} glyphs
                    </span>
                  </td>
                  <td className={s.note}>{f.licenceNote}</td>
                  <td>
                    <RowAction
                      action={deleteFont}
                      id={f.id}
                      label="Delete"
                      name={`Delete font ${f.family} ${f.style}`}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
