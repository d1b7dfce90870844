// The example store's product page: the shop's embed script, the live price from its events,
// the store's own cart and checkout, and the webhooks the store received.

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function storePage({ shop, product }: { shop: string; product: string }): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Corner Goods — personalize yours</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0; background: #f6f4ef; color: #1d1d1b; }
  header { background: #1d1d1b; color: #fff; padding: 1rem 2rem; display: flex; justify-content: space-between; }
  main { max-width: 1280px; margin: 0 auto; padding: 1.5rem; display: grid; grid-template-columns: minmax(0, 3fr) minmax(260px, 1fr); gap: 1.5rem; }
  @media (max-width: 800px) { main { grid-template-columns: 1fr; } }
  aside section { background: #fff; border-radius: 12px; padding: 1rem; margin-bottom: 1rem; }
  #live-price { font-size: 1.6rem; font-weight: 700; }
  button { font: inherit; padding: 0.5rem 1rem; border-radius: 8px; border: 0; background: #1d1d1b; color: #fff; cursor: pointer; }
  ul { padding-left: 1.1rem; }
  img { max-width: 100%; border-radius: 8px; }
</style>
</head>
<body>
<header><strong>Corner Goods</strong><span id="cart-count">Cart: 0</span></header>
<main>
  <div data-onekind-product="${escape(product)}" data-onekind-title="Personalize your product"></div>
  <aside>
    <section aria-labelledby="price-h"><h2 id="price-h">Price</h2>
      <p id="live-price" aria-live="polite">…</p>
      <p id="validity"></p>
      <label>Quantity <input id="qty" type="number" min="1" value="1" style="width:4rem"></label>
    </section>
    <section aria-labelledby="cart-h"><h2 id="cart-h">Your cart</h2><ul id="cart"></ul>
      <button id="checkout" type="button">Place order</button>
      <p id="order" role="status"></p>
    </section>
    <section aria-labelledby="hooks-h"><h2 id="hooks-h">Webhooks received</h2><ul id="hooks"></ul></section>
  </aside>
</main>
<script src="${escape(shop)}/embed.js" async></script>
<script>
  const host = document.querySelector('[data-onekind-product]');
  const money = (minor, currency) => new Intl.NumberFormat(navigator.language, { style: 'currency', currency }).format(minor / 100);
  const $ = (id) => document.getElementById(id);
  const showCart = ({ lines }) => {
    $('cart-count').textContent = 'Cart: ' + lines.length;
    $('cart').replaceChildren(...lines.map((l) => {
      const li = document.createElement('li');
      li.innerHTML = '<img alt="Your design" width="180"><br>';
      li.querySelector('img').src = l.previewImageUrl;
      li.append(l.quantity + ' × ' + money(l.unitMinor, l.currency) + ' = ' + money(l.totalMinor, l.currency) + ' ');
      const edit = document.createElement('a'); edit.href = '#'; edit.textContent = 'Edit';
      edit.onclick = (e) => { e.preventDefault(); host.dataset.onekindDesign = l.designId; delete host.dataset.onekindMounted; host.replaceChildren(); };
      li.append(edit);
      return li;
    }));
  };
  host.addEventListener('onekind:change', (e) => {
    const { price, valid, problems } = e.detail;
    $('live-price').textContent = price ? money(price.totalMinor, price.currency) : '—';
    $('validity').textContent = valid ? 'Ready to add' : problems + ' problem(s) to fix';
  });
  host.addEventListener('onekind:add-to-cart', async (e) => {
    const response = await fetch('/cart', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(e.detail) });
    showCart(await response.json());
  });
  $('qty').addEventListener('change', () => host.onekind && host.onekind.setQuantity(Number($('qty').value)));
  $('checkout').addEventListener('click', async () => {
    const response = await fetch('/checkout', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({
      email: 'ada@example.com', shippingMethod: 'standard',
      address: { name: 'Ada Lovelace', line1: '12 Market Street', city: 'Amsterdam', postalCode: '1012 AB', country: 'NL' },
    }) });
    const order = await response.json();
    $('order').textContent = response.ok ? 'Order ' + order.number + ' placed: ' + money(order.totalMinor, order.currency) : order.error;
    showCart({ lines: [] });
  });
  setInterval(async () => {
    const { events } = await (await fetch('/webhooks/received')).json();
    $('hooks').replaceChildren(...events.map((ev) => Object.assign(document.createElement('li'), { textContent: ev.type + ' (' + ev.id + ')' })));
  }, 1000);
  fetch('/cart').then((r) => r.json()).then(showCart);
</script>
</body>
</html>`;
}
