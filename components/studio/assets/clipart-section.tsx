import o from '@/components/order/order.module.css';
import { byCategory, LIBRARY_CLIPART, type ClipartItem } from '@/lib/clipart/library';
import { CLIPART_CATEGORIES, MAX_CLIPART_BYTES, MAX_CLIPART_ELEMENTS } from '@/lib/clipart/limits';
import { ClipartGrid } from './clipart-grid';
import { UploadForm } from './upload-form';

/** The brand's clipart (upload, list, delete) and the starter library by category. */
export function ClipartSection({ brand }: { brand: ClipartItem[] }) {
  return (
    <section aria-labelledby="clipart-heading">
      <h2 id="clipart-heading">Clipart</h2>
      <p className="muted">
        SVG, at most {MAX_CLIPART_BYTES / 1024} KB and {MAX_CLIPART_ELEMENTS.toLocaleString('en')} elements,
        shapes only (text converted to outlines). Each file is cleaned on upload: scripts, links and outside
        files are refused, and its colours become a palette shoppers can change to a zone’s colours.
        One-colour clipart can also go on engraved and embroidered zones.
      </p>
      <UploadForm
        endpoint="/api/studio/clipart"
        label="Upload clipart"
        fileLabel="SVG file"
        accept=".svg,image/svg+xml"
        hint="An .svg exported from your vector editor"
        done="Clipart added."
      >
        <div className={o.field}>
          <label htmlFor="clipart-name">Name</label>
          <input id="clipart-name" name="name" required maxLength={80} />
        </div>
        <div className={o.field}>
          <label htmlFor="clipart-category">Category</label>
          <select id="clipart-category" name="category" defaultValue="Brand">
            {CLIPART_CATEGORIES.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </div>
      </UploadForm>

      <h3>Your clipart</h3>
      {brand.length === 0 ? (
        <p className="muted">None uploaded yet.</p>
      ) : (
        byCategory(brand).map((g) => (
          <ClipartGrid key={g.category} items={g.items} label={`Your clipart: ${g.category}`} />
        ))
      )}

      <h3>Starter library</h3>
      <p className="muted">
        {LIBRARY_CLIPART.length} icons from <a href="https://tabler.io/icons">Tabler Icons</a> (MIT licence, ©
        Paweł Kuna), shipped with Onekind.
      </p>
      {byCategory(LIBRARY_CLIPART).map((g) => (
        <div key={g.category}>
          <h4>{g.category}</h4>
          <ClipartGrid items={g.items} label={`Library: ${g.category}`} />
        </div>
      ))}
    </section>
  );
}
