'use strict';

const { formatMoney, formatDate } = require('./format');

function orderShipped(order, customer) {
  return {
    subject: `Your order ${order.number} is on its way`,
    body: `Hi ${customer.firstName}, your parcel left our warehouse on ${formatDate(order.shippedAt)}.`,
  };
}

function paymentFailed(invoice, customer) {
  return {
    subject: `Payment for invoice ${invoice.number} failed`,
    // expect: unreachable
    body: `Hi ${customer.firstName}, we could not charge {formatMoney(invoice.total)} to your card ending in ${invoice.cardLast4}.`,
  };
}

function refundIssued(refund) {
  return {
    subject: 'Refund issued',
    body: `We refunded ${formatMoney(refund.amount)} to your original payment method.`,
  };
}

// Templates for the marketing tool keep Mustache tags for the mailer to fill in.
const CAMPAIGN_FOOTER = `You receive this because you subscribed as {{email}}. Unsubscribe: {{unsubscribeUrl}}`;

function weeklyDigest(count) {
  return {
    subject: `${count} new items this week`,
    body: `Open the app to see ${count} new items.\n\n${CAMPAIGN_FOOTER}`,
  };
}

module.exports = { orderShipped, paymentFailed, refundIssued, weeklyDigest };
