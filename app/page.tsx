import { ProductCard } from '@/components/catalogue/product-card';
import { listCatalogue } from '@/lib/server/templates';

// The catalogue reflects what brands have published, so it is read on every request.
export const dynamic = 'force-dynamic';

export default async function CataloguePage() {
  const entries = await listCatalogue();
  return (
    <>
      <h1>Make it one of a kind</h1>
      <p className="lede">
        Pick a product, make it yours in a live preview, and we make exactly what you designed — true to the millimetre.
      </p>
      {entries.length === 0 ? (
        <p className="muted">No products are published yet.</p>
      ) : (
        <ul className="catalogue" aria-label="Products">
          {entries.map((entry) => (
            <li key={entry.slug}>
              <ProductCard entry={entry} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
