'use strict';

// Widgets of the old dashboard (before the React rewrite): server snippets and
// user content are turned into DOM nodes with the fbjs helpers React 15 used.
const createNodesFromMarkup = require('fbjs/lib/createNodesFromMarkup');
const getMarkupWrap = require('fbjs/lib/getMarkupWrap');
const toNodes = require('fbjs/lib/createNodesFromMarkup');
const escapeHtml = require('escape-html');

const dom = {
  createNodesFromMarkup,
  getMarkupWrap,
};

function renderAnnouncement(container, announcement) {
  const markup =
    '<div class="announcement"><h3>' + announcement.title + '</h3>' + announcement.body + '</div>';
  // expect: xss
  const nodes = createNodesFromMarkup(markup);
  nodes.forEach((node) => container.appendChild(node));
}

function replaceRows(tbody, rowsHtml) {
  while (tbody.firstChild) {
    tbody.removeChild(tbody.firstChild);
  }
  // expect: xss
  const rows = toNodes(rowsHtml, (script) => {
    throw new Error('inline scripts are not allowed in rows: ' + script.src);
  });
  rows.forEach((row) => tbody.appendChild(row));
}

class CommentThread {
  constructor(root, http) {
    this.root = root;
    this.http = http;
  }

  async load(threadId) {
    const res = await this.http.get(`/api/threads/${threadId}/comments`);
    for (const comment of res.data.comments) {
      // expect: xss
      const [item] = dom.createNodesFromMarkup(`<li data-id="${comment.id}">${comment.bodyHtml}</li>`);
      this.root.appendChild(item);
    }
  }
}

function showPreviewFromUrl(target) {
  const params = new URLSearchParams(window.location.search);
  const snippet = params.get('preview') || '';
  // expect: xss
  dom.createNodesFromMarkup(
    snippet,
    undefined
  ).forEach((node) => target.appendChild(node));
}

// A fixed skeleton, the label is set as text afterwards.
function renderBadge(container, label) {
  const [badge] = createNodesFromMarkup('<span class="badge badge-info"></span>');
  badge.textContent = label;
  container.appendChild(badge);
}

// Every interpolated value is HTML-escaped first.
function renderOption(select, value, label) {
  const html = '<option value="' + escapeHtml(value) + '">' + escapeHtml(label) + '</option>';
  createNodesFromMarkup(html).forEach((node) => select.appendChild(node));
}

const spinner = createNodesFromMarkup('<div class="spinner"><span></span><span></span></div>');
const rowWrap = getMarkupWrap('tr');

module.exports = {
  renderAnnouncement,
  replaceRows,
  CommentThread,
  showPreviewFromUrl,
  renderBadge,
  renderOption,
  spinner,
  rowWrap,
};
