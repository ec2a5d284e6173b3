/* Cart summary panel. Carts can be shared by link (gift lists), so the
 * cart shown here may belong to, and carry a note from, another customer. */
(function () {
  'use strict';

  var panel = document.getElementById('cart-summary');
  var list = panel.querySelector('.items');
  var noteBox = panel.querySelector('.gift-note');
  var totalEl = panel.querySelector('.total');

  function escapeHtml(value) {
    return String(value)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&#39;');
  }

  function money(cents, currency) {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency: currency }).format(cents / 100);
  }

  function renderItems(cart) {
    list.innerHTML = cart.items.map(function (item) {
      return ['<li data-sku="', escapeHtml(item.sku), '">', escapeHtml(item.name), ' × ', Number(item.qty), '</li>'].join('');
    }).join('');
  }

  function renderNote(cart) {
    if (!cart.giftNote) {
      noteBox.hidden = true;
      return;
    }
    noteBox.hidden = false;
    // expect: xss
    noteBox.innerHTML = ['<p class="note-label">Gift note</p><blockquote>', cart.giftNote, '</blockquote>'].join('');
  }

  function renderTotal(cart) {
    totalEl.textContent = ['Total', money(cart.totalCents, cart.currency)].join(': ');
  }

  function render(cart) {
    renderItems(cart);
    renderNote(cart);
    renderTotal(cart);
  }

  fetch('/api/cart', { credentials: 'same-origin' })
    .then(function (response) { return response.json(); })
    .then(render);
})();
