import Link from 'next/link';

export default function NotFound() {
  return (
    <>
      <h1>We could not find that</h1>
      <p className="lede">The product may have been retired or the link mistyped.</p>
      <Link href="/">Browse all products</Link>
    </>
  );
}
