import type { Metadata } from 'next';
import { SiteChrome } from '@/components/site/site-chrome';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Onekind — make it yours', template: '%s · Onekind' },
  description:
    'Personalize real products in 3D and order a one-of-a-kind item, made exactly as you designed it.',
};

// The page's two faces are asked for with the HTML, not once the stylesheet has been read:
// text is then drawn once in Inter, not first in a fallback face and again when Inter arrives
// (a second paint of the whole page, which a machine without a GPU feels).
const UI_FONTS = ['/fonts/inter-latin-400-normal.woff', '/fonts/inter-latin-700-normal.woff'];

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <head>
        {UI_FONTS.map((href) => (
          <link key={href} rel="preload" href={href} as="font" type="font/woff" crossOrigin="anonymous" />
        ))}
      </head>
      <body>
        <SiteChrome>{children}</SiteChrome>
      </body>
    </html>
  );
}
