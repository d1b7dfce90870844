import type { Metadata } from 'next';
import Link from 'next/link';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Onekind — make it yours', template: '%s · Onekind' },
  description: 'Personalize real products in 3D and order a one-of-a-kind item, made exactly as you designed it.',
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
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
          <p>Onekind is open source. Every design becomes a production spec a maker can follow to the millimetre.</p>
        </footer>
      </body>
    </html>
  );
}
