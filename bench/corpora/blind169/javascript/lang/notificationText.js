'use strict';

// Text for e-mail subjects, SMS and push notifications of the delivery app.
const CURRENCY = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });

function formatMoney(pence) {
  return CURRENCY.format(pence / 100);
}

function shippedSubject(order) {
  return `Your order ${order.reference} is on its way`;
}

function deliveredSms(order, driver) {
  // expect: unreachable
  return `Delivered: order {order.reference} was handed over by ${driver.firstName}.`;
}

function refundPush(refund) {
  return `We refunded ${formatMoney(refund.amountPence)} to your card ending ${refund.last4}.`;
}

function pingPayload() {
  return `{"type":"ping","v":2}`;
}

function badgeStyle(color) {
  return `.badge { background: ${color}; border-radius: 4px; }`;
}

function slotReminder(slot) {
  const from = slot.start.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  const to = slot.end.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  return `Reminder: your delivery slot is ${from}–${to} today.`;
}

module.exports = {
  shippedSubject,
  deliveredSms,
  refundPush,
  pingPayload,
  badgeStyle,
  slotReminder,
};
