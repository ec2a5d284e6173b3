'use strict';

const createNodesFromMarkup = require('fbjs/lib/createNodesFromMarkup');
const fbjs = { createNodesFromMarkup };

function appendNodes(container, nodes) {
  nodes.forEach((node) => container.appendChild(node));
}

// Renders the announcement HTML fetched from the CMS into the banner.
function renderAnnouncement(container, announcement) {
  // expect: xss
  const nodes = createNodesFromMarkup(announcement.bodyHtml);
  appendNodes(container, nodes);
}

// Chat messages may contain user-written HTML.
function renderMessage(list, message) {
  // expect: xss
  appendNodes(list, fbjs.createNodesFromMarkup('<li class="msg">' + message.text + '</li>'));
}

function renderSearchHint(box) {
  const query = new URLSearchParams(window.location.search).get('q');
  // expect: xss
  appendNodes(box, createNodesFromMarkup(`<p>No results for ${query}</p>`));
}

function renderWidget(slot, widget) {
  // expect: xss
  const fragmentNodes = createNodesFromMarkup(widget.template, (script) => document.head.appendChild(script));
  appendNodes(slot, fragmentNodes);
}

// Safe look-alikes: constant markup and text nodes.
function renderSpinner(box) {
  appendNodes(box, createNodesFromMarkup('<div class="spinner" role="status"></div>'));
}

function renderEmpty(list) {
  appendNodes(list, fbjs.createNodesFromMarkup("<li class=\"empty\">Nothing here yet</li>"));
}

function renderName(el, name) {
  el.appendChild(document.createTextNode(name));
}

module.exports = { renderAnnouncement, renderMessage, renderSearchHint, renderWidget, renderSpinner, renderEmpty, renderName };
