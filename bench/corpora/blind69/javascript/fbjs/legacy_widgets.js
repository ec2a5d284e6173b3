'use strict';

var createNodesFromMarkup = require('fbjs/lib/createNodesFromMarkup');
var fbjs = { createNodesFromMarkup: createNodesFromMarkup };
var escapeHtml = require('escape-html');

var EMPTY_ROW = '<tr class="empty"><td colspan="3">-</td></tr>';

function appendNodes(parent, nodes) {
  for (var i = 0; i < nodes.length; i++) parent.appendChild(nodes[i]);
}

function renderBanner(container, banner) {
  var markup = '<div class="banner ' + banner.level + '">' + banner.message + '</div>';
  // expect: xss
  appendNodes(container, createNodesFromMarkup(markup));
}

function renderRows(tbody, rows) {
  if (!rows.length) {
    // Safe: a constant row.
    appendNodes(tbody, createNodesFromMarkup("<tr class=\"empty\"><td colspan=\"3\">-</td></tr>"));
    return;
  }
  rows.forEach(function (row) {
    // expect: xss
    appendNodes(tbody, fbjs.createNodesFromMarkup(`<tr><td>${row.name}</td><td>${row.note}</td></tr>`));
  });
}

function renderFromServer(el, response) {
  // expect: xss
  var nodes = createNodesFromMarkup(response.html, function handleScript(script) {
    document.head.appendChild(script);
  });
  appendNodes(el, nodes);
}

function renderTitle(el, title) {
  // Safe: the value is escaped first.
  appendNodes(el, createNodesFromMarkup('<h3>' + escapeHtml(title) + '</h3>'));
}

function renderFromHash(el) {
  var fragment = decodeURIComponent(window.location.hash.slice(1));
  // expect: xss
  appendNodes(el, fbjs.createNodesFromMarkup(fragment));
}

module.exports = {
  renderBanner: renderBanner,
  renderRows: renderRows,
  renderFromServer: renderFromServer,
  renderTitle: renderTitle,
  renderFromHash: renderFromHash,
  EMPTY_ROW: EMPTY_ROW,
};
