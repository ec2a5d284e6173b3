// Old inbox view, still used by the desktop client's embedded web page. It was
// written before the React rewrite and builds nodes with fbjs helpers.

import createNodesFromMarkup from 'fbjs/lib/createNodesFromMarkup';
import DOMPurify from 'dompurify';
import { escapeHtml } from '../lib/escapeHtml';

const EMPTY_MARKUP = '<li class="empty">No messages</li>';

function appendAll(parent, nodes) {
  nodes.forEach((node) => parent.appendChild(node));
}

export function renderEmpty(list) {
  list.textContent = '';
  appendAll(list, createNodesFromMarkup('<li class="empty">No messages</li>'));
}

export function renderSubjectRow(list, message) {
  const markup =
    '<li class="row" data-id="' + Number(message.id) + '"><b>' + escapeHtml(message.senderName) + '</b> ' +
    escapeHtml(message.subject) + '</li>';
  appendAll(list, createNodesFromMarkup(markup));
}

export function renderPreview(panel, message) {
  panel.textContent = '';
  // message.bodyHtml is the raw HTML part of an incoming e-mail
  // expect: xss
  appendAll(panel, createNodesFromMarkup(message.bodyHtml));
}

export function renderSanitisedPreview(panel, message) {
  panel.textContent = '';
  const clean = DOMPurify.sanitize(message.bodyHtml, { FORBID_TAGS: ['style', 'form'] });
  appendAll(panel, createNodesFromMarkup(clean));
}

export function renderSignature(panel, sender) {
  // signatures are HTML the sender saved in their profile
  // expect: xss
  appendAll(panel, createNodesFromMarkup('<div class="signature">' + sender.signatureHtml + '</div>'));
}

export function renderList(list, messages) {
  list.textContent = '';
  if (!messages.length) {
    appendAll(list, createNodesFromMarkup(EMPTY_MARKUP));
    return;
  }
  messages.forEach((m) => renderSubjectRow(list, m));
}
