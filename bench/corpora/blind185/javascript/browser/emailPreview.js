/* global DOMPurify */
'use strict';

// Preview pane of the newsletter editor: the body is HTML written by any
// workspace member; merge tags like {{first_name}} come from the contact list
// (CSV imports, sign-up forms).

function fillTags(text, contact) {
  return text.replace(/\{\{(\w+)\}\}/g, function (m, key) {
    return Object.prototype.hasOwnProperty.call(contact, key) ? String(contact[key]) : '';
  });
}

function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, function (c) {
    return '&#' + c.charCodeAt(0) + ';';
  });
}

function renderBody(pane, draft, contact) {
  var clean = DOMPurify.sanitize(draft.html);
  // merge values are pasted into markup that has already been cleaned
  // expect: xss
  pane.innerHTML = fillTags(clean, contact);
}

function renderBodyEscaped(pane, draft, contact) {
  var escaped = {};
  Object.keys(contact).forEach(function (k) {
    escaped[k] = escapeHtml(contact[k]);
  });
  pane.innerHTML = DOMPurify.sanitize(fillTags(draft.html, escaped));
}

function renderSignature(pane, signatureHtml) {
  pane.innerHTML = DOMPurify.sanitize(signatureHtml);
}

function renderFooter(pane, footerHtml) {
  var fragment = DOMPurify.sanitize(footerHtml, { RETURN_DOM_FRAGMENT: true });
  pane.textContent = '';
  pane.appendChild(fragment);
}

function renderSubject(el, draft, contact) {
  el.textContent = fillTags(draft.subject, contact);
}

function renderAll(root, draft, contact) {
  renderSubject(root.querySelector('.subject'), draft, contact);
  if (draft.escapeMergeValues) {
    renderBodyEscaped(root.querySelector('.body'), draft, contact);
  } else {
    renderBody(root.querySelector('.body'), draft, contact);
  }
  renderSignature(root.querySelector('.signature'), draft.signatureHtml);
  renderFooter(root.querySelector('.footer'), draft.footerHtml);
}

window.emailPreview = { renderAll: renderAll };
