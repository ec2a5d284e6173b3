'use strict';

// EJS layout of the analytics dashboard, kept as a line array and compiled once.
const ejs = require('ejs');

const layoutLines = [
  '<!doctype html>',
  '<html>',
  '<head>',
  '  <title><%= title %></title>',
  '  <script src="/static/charts.js" nonce="<%= nonce %>"></script>',
  '</head>',
  '<body>',
  '  <h1><%= dashboard.name %></h1>',
  '  <div id="chart"></div>',
  '  <script>',
  // expect: xss
  '    var dashboardName = "<%= dashboard.name %>";',
  // expect: xss
  '    var filters = <%- JSON.stringify(filters) %>;',
  // expect: xss
  '    var owner = \'<%= owner.displayName %>\';',
  '    Charts.render(document.getElementById("chart"), window.__CHART_DATA__);',
  '  </script>',
  '  <script id="chart-data" type="application/json"><%- safeJson(chartData) %></script>',
  '  <p class="owner">Owner: <%= owner.displayName %></p>',
  '</body>',
  '</html>',
];

// JSON for a data block: escape the characters that could close the element.
function safeJson(value) {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

const renderLayout = ejs.compile(layoutLines.join('\n'));

function dashboardPage({ dashboard, filters, owner, chartData, nonce }) {
  return renderLayout({ title: dashboard.name, dashboard, filters, owner, chartData, nonce, safeJson });
}

module.exports = { dashboardPage, safeJson };
