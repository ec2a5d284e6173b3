'use strict';

// EJS templates for the order-status page, kept as arrays of lines so the
// white-label build can swap the header lines per brand.

const ejs = require('ejs');

const statusPageLines = [
  '<!DOCTYPE html>',
  '<html lang="<%= locale %>">',
  '<head>',
  '  <meta charset="utf-8">',
  '  <title>Order <%= order.number %></title>',
  '  <script src="<%= cdnBase %>/js/status.js" defer></script>',
  '  <script type="application/json" id="brand"><%- JSON.stringify(brand) %></script>',
  '</head>',
  '<body>',
  '  <h1>Order <%= order.number %></h1>',
  '  <p class="status"><%= order.statusLabel %></p>',
  '  <script>',
  // pollSeconds is the ?poll= query value; EJS escaping does nothing for a bare number slot
  // expect: xss
  '    var pollSeconds = <%= pollSeconds %>;',
  '    var orderNumber = <%- JSON.stringify(String(order.number)) %>;',
  '    window.startPolling(orderNumber, pollSeconds);',
  '  </script>',
  '</body>',
  '</html>',
];

const trackingWidgetLines = [
  '<div class="tracking">',
  '  <a href="/orders/<%= order.number %>/tracking">Track your parcel</a>',
  '  <script>',
  // carrierName and trackingCode come from the carrier's webhook payload
  // expect: xss
  "    window.tracking = { carrier: '<%= carrierName %>', code: '<%= trackingCode %>' };",
  '  </script>',
  '</div>',
];

const renderStatusPage = ejs.compile(statusPageLines.join('\n'));
const renderTrackingWidget = ejs.compile(trackingWidgetLines.join('\n'));

function statusPage(req, res, order) {
  res.type('html').send(renderStatusPage({
    locale: req.locale || 'en',
    cdnBase: process.env.CDN_BASE || '',
    brand: res.locals.brand,
    order,
    pollSeconds: req.query.poll || 30,
  }));
}

function trackingWidget(order, shipment) {
  return renderTrackingWidget({ order, carrierName: shipment.carrierName, trackingCode: shipment.trackingCode });
}

module.exports = { statusPage, trackingWidget, statusPageLines, trackingWidgetLines };
