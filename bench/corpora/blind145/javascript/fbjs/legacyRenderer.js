'use strict';

const createNodesFromMarkup = require('fbjs/lib/createNodesFromMarkup');
const escapeTextContentForBrowser = require('./escapeText');
const { fetchJSON } = require('./api');

const EMPTY_STATE = '<li class="empty">No notifications yet</li>';

function mount(container, nodes) {
  container.textContent = '';
  nodes.forEach((node) => container.appendChild(node));
}

function renderEmpty(container) {
  mount(container, createNodesFromMarkup(EMPTY_STATE));
}

function renderSpinner(container) {
  mount(container, createNodesFromMarkup('<li class="spinner" aria-busy="true"></li>'));
}

async function renderNotifications(container) {
  const items = await fetchJSON('/api/notifications');
  if (!items.length) {
    renderEmpty(container);
    return;
  }
  const markup = items.map((n) => '<li class="note">' + n.messageHtml + '</li>').join('');
  // expect: xss
  mount(container, createNodesFromMarkup(markup));
}

function renderTitle(container, title) {
  const safe = escapeTextContentForBrowser(title);
  mount(container, createNodesFromMarkup('<h2>' + safe + '</h2>'));
}

function renderSearchEcho(container) {
  const q = new URLSearchParams(window.location.search).get('q') || '';
  // expect: xss
  mount(container, createNodesFromMarkup(`<p>Results for <b>${q}</b></p>`));
}

function renderSignature(container, profile) {
  // the profile's signature is free-form HTML typed by the user
  // expect: xss
  const nodes = createNodesFromMarkup(profile.signature, (tag) => console.warn('script dropped', tag));
  mount(container, nodes);
}

module.exports = { renderEmpty, renderSpinner, renderNotifications, renderTitle, renderSearchEcho, renderSignature };
