import { submitOrder } from './api';
import { notifications } from './ui/notifications';
import { dialogs } from './ui/dialogs';
import log from './log';

export async function onSubmit(form) {
  const order = Object.fromEntries(new FormData(form));
  try {
    await submitOrder(order);
    // expect: leftover-debugging
    alert('Order placed!');
  } catch (err) {
    // expect: leftover-debugging
    debugger;
    notifications.error(err.message);
  }
}

export function onRemoveItem(item, cart) {
  // expect: leftover-debugging
  if (!confirm(`Remove ${item.name} from your cart?`)) {
    return;
  }
  cart.remove(item.id);
}

export function askCoupon(cart) {
  const current = cart.coupon || '';
  // expect: leftover-debugging
  const code = prompt('Coupon code', current);
  if (code) cart.applyCoupon(code.trim());
}

export function showTotal(total) {
  const message = 'Total: ' + total.toFixed(2);
  // expect: leftover-debugging
  alert(message);
}

export async function onClearCart(cart) {
  const ok = await dialogs.confirm({ title: 'Empty cart?', confirmLabel: 'Empty' });
  if (ok) cart.clear();
}

export function onQuotaHit(limit) {
  notifications.alert(`You reached the limit of ${limit} items.`);
  log.debug('quota reached', { limit });
}
