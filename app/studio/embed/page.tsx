import type { Metadata } from 'next';
import { ACTIONS, ListTable } from '@/components/studio/list-table';
import { CopyLink } from '@/components/studio/copy-link';
import { EmbedOriginForm } from '@/components/studio/embed-origin-form';
import { RowAction } from '@/components/studio/row-action';
import { STUDIO } from '@/lib/auth/roles';
import { EMBED_PROTOCOL_VERSION } from '@/lib/embed/protocol';
import { withdrawEmbedOrigin } from '@/lib/server/actions/embed-origins';
import { requireRole } from '@/lib/server/auth/guard';
import { listEmbedOrigins } from '@/lib/server/embed/origins';
import { readEnv } from '@/lib/server/env';
import { listCatalogue } from '@/lib/server/templates';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Embed in your store', robots: { index: false } };

/** Admin: which sites may embed the configurator, and the snippet to paste into them. */
export default async function EmbedPage() {
  await requireRole(STUDIO, '/studio/embed');
  const [origins, catalogue] = await Promise.all([listEmbedOrigins(), listCatalogue()]);
  const shop = readEnv().publicUrl;
  const example = catalogue[0]?.template.slug ?? 'your-product';
  const snippet = `<div data-onekind-product="${example}"></div>\n<script src="${shop}/embed.js" async></script>`;
  return (
    <>
      <h1>Embed in your store</h1>
      <p className="lede">
        Put the configurator on your own store’s product pages. Shoppers design there; your store hears the
        live price and gets the saved design for its cart, then orders it through the API. Only the sites
        listed here can show it: any other site gets an empty frame, and its messages are ignored.
      </p>

      <h2>Sites allowed to embed</h2>
      <EmbedOriginForm />
      <ListTable
        label="Sites allowed to embed"
        empty="No site yet: only this shop can show the embedded configurator."
        count={origins.length}
        columns={['Site', ACTIONS]}
      >
        {origins.map((origin) => (
          <tr key={origin}>
            <td>{origin}</td>
            <td>
              <RowAction action={withdrawEmbedOrigin} id={origin} label="Remove" name={`Remove ${origin}`} />
            </td>
          </tr>
        ))}
      </ListTable>

      <h2>The snippet</h2>
      <p>
        Paste it where the configurator should appear; change the product to any of the slugs below. The frame
        takes the width it is given and grows to its content.
      </p>
      <pre>
        <code>{snippet}</code>
      </pre>
      <CopyLink url={snippet} label="Embed snippet" copyLabel="Copy snippet" />
      <div className="table-scroll">
        <table aria-label="Products to embed">
          <thead>
            <tr>
              <th scope="col">Product</th>
              <th scope="col">Slug</th>
              <th scope="col">Try it</th>
            </tr>
          </thead>
          <tbody>
            {catalogue.map(({ template }) => (
              <tr key={template.slug}>
                <td>{template.name}</td>
                <td>
                  <code>{template.slug}</code>
                </td>
                <td>
                  <a href={`/embed/${template.slug}`} target="_blank" rel="noreferrer">
                    Open the embed page
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted">
        Events and commands (protocol version {EMBED_PROTOCOL_VERSION}) are listed in the README’s “Embed in
        your store”, with an example store in <code>examples/</code>.
      </p>
    </>
  );
}
