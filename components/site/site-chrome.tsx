'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';

/**
 * The shop's header and footer around every page, except an embedded configurator
 * (/embed/...), which lives inside another store's page and shows only the product.
 */
export function SiteChrome({ children }: { children: ReactNode }) {
  const embedded = usePathname().startsWith('/embed/');
  if (embedded) {
    return (
      <main id="main" className="embed-main">
        {children}
      </main>
    );
  }
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link href="/" className="wordmark" aria-label="Onekind home">
          one<span>kind</span>
        </Link>
        <nav aria-label="Main">
          <Link href="/">Products</Link>
          <Link href="/orders">Find an order</Link>
          <Link href="/cart">Cart</Link>
        </nav>
      </header>
      <main id="main">{children}</main>
      <footer className="site-footer">
        <p>
          Onekind is open source. Every design becomes a production spec a maker can follow to the millimetre.
        </p>
      </footer>
    </>
  );
}
