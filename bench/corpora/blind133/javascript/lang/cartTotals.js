'use strict';

const TAX_RATE = 0.2;

function summarize(cart, coupon) {
  let subtotal;
  let label;
  let shipping;
  let discount = 0;

  // expect: unreachable
  subtotal = 0;
  subtotal = cart.items.reduce((sum, item) => sum + item.price * item.quantity, 0);

  // expect: unreachable
  label = 'Free';
  label = cart.items.length + ' items';

  if (coupon) {
    discount = coupon.percent / 100;
    discount = discount * subtotal;
  }

  // expect: unreachable
  shipping = cart.express ? 15 : 5;
  shipping = subtotal > 100 ? 0 : 7.5;

  let tax = subtotal * TAX_RATE;
  tax = Math.round(tax * 100) / 100;

  let total = subtotal - discount;
  total = total + shipping + tax;

  return { subtotal, discount, shipping, tax, total, label };
}

function resetCart(cart) {
  cart.items = [];
  cart.coupon = null;
  cart.updatedAt = Date.now();
  return cart;
}

module.exports = { summarize, resetCart };
