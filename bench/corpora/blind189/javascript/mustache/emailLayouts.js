'use strict';

const Mustache = require('mustache');
const { renderMarkdown } = require('../util/markdown'); // our renderer: strips raw HTML

// Templates kept as line arrays so translators see one line per string.
const ORDER_CONFIRMATION = [
  '<h1>Thanks for your order, {{customerName}}!</h1>',
  '<p>Order {{orderNumber}} · {{total}}</p>',
  '<table class="items">',
  '{{#items}}<tr><td>{{name}}</td><td>{{qty}}</td><td>{{price}}</td></tr>{{/items}}',
  '</table>',
  // Gift message typed by the buyer at checkout, shown to the recipient.
  // expect: xss
  '<div class="gift-note">{{{giftMessage}}}</div>',
  '{{> footer}}',
].join('\n');

const NEWSLETTER = [
  '<h1>{{title}}</h1>',
  '<div class="body">{{{bodyHtml}}}</div>',
  '<p class="unsubscribe"><a href="{{unsubscribeUrl}}">Unsubscribe</a></p>',
  '{{> footer}}',
].join('\n');

const FOOTER = '<footer>{{companyName}} · {{companyAddress}}</footer>';

function orderConfirmation(order) {
  return Mustache.render(
    ORDER_CONFIRMATION,
    {
      customerName: order.customer.name,
      orderNumber: order.number,
      total: order.totalFormatted,
      items: order.items,
      giftMessage: order.giftMessage,
    },
    { footer: FOOTER }
  );
}

function newsletter(issue, subscriber) {
  return Mustache.render(
    NEWSLETTER,
    { title: issue.title, bodyHtml: renderMarkdown(issue.markdown), unsubscribeUrl: subscriber.unsubscribeUrl },
    { footer: FOOTER }
  );
}

module.exports = { orderConfirmation, newsletter };
