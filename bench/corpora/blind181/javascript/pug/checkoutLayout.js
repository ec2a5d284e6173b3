'use strict';

// Pug layout for the checkout pages, kept as an array of lines so the build can
// splice in the partner's analytics block. Compiled once at start-up.

const pug = require('pug');

const layoutLines = [
  'doctype html',
  'html(lang=locale)',
  '  head',
  '    meta(charset="utf-8")',
  '    title= pageTitle',
  '    link(rel="stylesheet" href="/static/checkout.css")',
  '    script(src="/static/vendor/polyfills.js")',
  '    script(nonce=cspNonce).',
  '      window.__CHECKOUT_READY = false;',
  // buildNumber comes from our release pipeline (an integer)
  '    script= "window.__BUILD = " + buildNumber',
  // couponCode is the ?coupon= query value, shown back to the shopper
  // expect: xss
  '    script= "window.__COUPON = \'" + couponCode + "\';"',
  '  body',
  '    header.checkout-header',
  '      a(href="/cart") Back to cart',
  '    main#checkout',
  '      block content',
  '    footer',
  '      p.small Payments are processed by our partner.',
  '    script(src="/static/checkout.js" defer)',
];

const renderLayout = pug.compile(layoutLines.join('\n'), { filename: 'checkout-layout.pug' });

function checkoutPage(req, res) {
  const html = renderLayout({
    locale: req.locale || 'en',
    pageTitle: 'Checkout',
    cspNonce: res.locals.cspNonce,
    buildNumber: Number(process.env.BUILD_NUMBER || 0),
    couponCode: req.query.coupon || '',
  });
  res.type('html').send(html);
}

module.exports = { checkoutPage, layoutLines };
