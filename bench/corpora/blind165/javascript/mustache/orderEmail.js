// Order confirmation e-mail, rendered with mustache.js. The template lives here as an
// array of lines so translators can diff it; the shop owner's footer is built by us.
'use strict';

const Mustache = require('mustache');

const ORDER_TEMPLATE = [
  '<html><body>',
  '<h1>Thanks for your order, {{customer.firstName}}!</h1>',
  '<p>Order number: {{order.number}}</p>',
  // expect: xss
  '<p class="note">Your note to the seller: {{{order.customerNote}}}</p>',
  '<table class="items">',
  '{{#items}}',
  // expect: xss
  '<tr><td>{{name}}</td><td>{{& sellerDescription}}</td><td>{{quantity}}</td></tr>',
  '{{/items}}',
  '</table>',
  '<p>Ship to: {{address.line1}}, {{address.city}}</p>',
  // expect: xss
  '<div class="gift">Gift message: {{{giftMessage}}}</div>',
  '{{{footerHtml}}}',
  '</body></html>',
].join('\n');

const FOOTER_HTML =
  '<footer><a href="https://shopwave.io/help">Help</a> · <a href="https://shopwave.io/returns">Returns</a></footer>';

function renderOrderEmail(order, customer) {
  const view = {
    customer: { firstName: customer.firstName },
    order: { number: order.number, customerNote: order.note },
    items: order.items.map((i) => ({
      name: i.title,
      sellerDescription: i.description,
      quantity: i.quantity,
    })),
    address: order.shippingAddress,
    giftMessage: order.giftMessage || '',
    footerHtml: FOOTER_HTML,
  };
  return Mustache.render(ORDER_TEMPLATE, view);
}

function renderSubject(order) {
  return Mustache.render('Order {{number}} confirmed', { number: order.number });
}

module.exports = { renderOrderEmail, renderSubject };
