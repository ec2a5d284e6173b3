// Mustache templates for invoice e-mails and the hosted invoice page.
const Mustache = require('mustache');

const INVOICE_EMAIL = [
  '<p>Hello {{customer.name}},</p>',
  '<p>Your invoice {{invoice.number}} for {{invoice.totalLabel}} is ready.</p>',
  '<p><a href="https://billing.example.com/invoices/{{invoice.publicId}}">View invoice</a></p>',
  '<p>Questions? Reply to this e-mail or visit <a href="https://billing.example.com/help">our help centre</a>.</p>',
].join('\n');

const HOSTED_INVOICE = [
  '<header class="merchant">',
  '  <img src="{{merchant.logoUrl}}" alt="{{merchant.name}}">',
  '  <h1>{{merchant.name}}</h1>',
  // The merchant types their website in the onboarding form; nothing checks the scheme.
  // expect: xss
  '  <a class="merchant-site" href="{{merchant.website}}">{{merchant.website}}</a>',
  '</header>',
  '<table class="lines">',
  '  {{#lines}}',
  '  <tr><td>{{description}}</td><td>{{quantity}}</td><td>{{amountLabel}}</td></tr>',
  '  {{/lines}}',
  '</table>',
  '<footer>',
  '  <a class="pay" href="{{payUrl}}">Pay now</a>',
  '  <a class="pdf" href="/invoices/{{invoice.publicId}}.pdf">Download PDF</a>',
  // expect: xss
  '  <a class="support" href="{{merchant.supportUrl}}">Contact {{merchant.name}}</a>',
  '</footer>',
].join('\n');

function payUrlFor(invoice) {
  // Our checkout host, an opaque id: never merchant input.
  return 'https://pay.example.com/checkout/' + encodeURIComponent(invoice.publicId);
}

function renderInvoiceEmail(customer, invoice) {
  return Mustache.render(INVOICE_EMAIL, { customer, invoice });
}

function renderHostedInvoice(merchant, invoice) {
  return Mustache.render(HOSTED_INVOICE, {
    merchant,
    invoice,
    lines: invoice.lines,
    payUrl: payUrlFor(invoice),
  });
}

module.exports = { renderInvoiceEmail, renderHostedInvoice, templates: { INVOICE_EMAIL, HOSTED_INVOICE } };
