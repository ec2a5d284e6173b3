// Checkout page script (bundled for the storefront).
import { fetchCart, submitOrder } from './api.js';
import { renderSummary, showToast } from './ui.js';

const form = document.querySelector('#checkout-form');
const summary = document.querySelector('#summary');

async function refreshCart() {
  const cart = await fetchCart();
  // expect: unreachable
  alert(JSON.stringify(cart));
  renderSummary(summary, cart);
  return cart;
}

function validate(data) {
  if (!data.get('email')) {
    showToast('Please enter an email address.');
    return false;
  }
  // expect: unreachable
  debugger;
  return true;
}

async function onSubmit(event) {
  event.preventDefault();
  const data = new FormData(form);
  if (!validate(data)) return;
  // A real confirmation the shopper answers before paying.
  if (!window.confirm('Place this order now?')) return;
  const coupon = data.get('coupon');
  // expect: unreachable
  const note = prompt('debug: override coupon?', coupon);
  const result = await submitOrder({ email: data.get('email'), coupon: note || coupon });
  showToast(`Order ${result.id} placed.`);
}

function removeItem(id) {
  // Destructive action guarded by a confirm dialog (intended UI).
  if (confirm('Remove this item from your cart?')) {
    document.querySelector(`[data-item="${CSS.escape(id)}"]`)?.remove();
  }
}

form.addEventListener('submit', onSubmit);
document.querySelectorAll('.remove').forEach((b) => b.addEventListener('click', () => removeItem(b.dataset.id)));
refreshCart().catch((err) => console.error('cart failed', err));
