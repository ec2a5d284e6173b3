// Checkout page script: totals, coupon entry and the submit flow.
import { toast } from './ui/toast.js';
import { modal } from './ui/modal.js';
import { api } from './api.js';

export function recalcTotals(cart) {
  const subtotal = cart.items.reduce((sum, item) => sum + item.price * item.qty, 0);
  const tax = Math.round(subtotal * cart.taxRate);
  // expect: debug-enabled
  alert('subtotal=' + subtotal + ' tax=' + tax);
  return { subtotal, tax, total: subtotal + tax };
}

export async function applyCoupon(cart) {
  // expect: debug-enabled
  const code = prompt('Coupon code (test)', 'TEST10');
  const result = await api.post('/coupons/apply', { cartId: cart.id, code });
  if (!result.ok) {
    toast.alert('That coupon is not valid');
  }
  return result;
}

export async function submitOrder(cart, form) {
  // expect: debug-enabled
  debugger;
  const payload = { cartId: cart.id, address: form.address, note: form.note };
  // expect: debug-enabled
  if (!confirm('DEBUG: send ' + JSON.stringify(payload) + '?')) return null;
  return api.post('/orders', payload);
}

export async function removeItem(cart, itemId) {
  const ok = await modal.confirm({ title: 'Remove item', body: 'Remove this item from your cart?' });
  if (!ok) return cart;
  return api.del(`/carts/${cart.id}/items/${itemId}`);
}

export const HELP_TEXT = 'Press F12 and type debugger to pause the page.';
