// dompurify: a rich-text editor toolbar and paste handler (DOM sinks with and without sanitising)
import DOMPurify from 'dompurify';

const editor = document.getElementById('editor');
const preview = document.getElementById('preview');
const status = document.getElementById('status');

const PURIFY_CONFIG = { ALLOWED_TAGS: ['b', 'i', 'u', 'a', 'p', 'ul', 'ol', 'li', 'br'], ALLOWED_ATTR: ['href'] };

editor.addEventListener('paste', (e) => {
  e.preventDefault();
  const html = e.clipboardData.getData('text/html') || e.clipboardData.getData('text/plain');
  const clean = DOMPurify.sanitize(html, PURIFY_CONFIG);
  document.execCommand('insertHTML', false, clean);
});

editor.addEventListener('input', () => {
  preview.innerHTML = DOMPurify.sanitize(editor.innerHTML, PURIFY_CONFIG);
  status.textContent = `${editor.innerText.length} characters`;
});

export function loadDraft(draft) {
  // expect: xss
  editor.innerHTML = draft.html;
}

export function loadDraftSafe(draft) {
  editor.innerHTML = DOMPurify.sanitize(draft.html, PURIFY_CONFIG);
}

export function insertMention(user) {
  // expect: xss
  editor.insertAdjacentHTML('beforeend', `<span class="mention">@${user.displayName}</span>`);
}

export function insertMentionSafe(user) {
  const span = document.createElement('span');
  span.className = 'mention';
  span.textContent = '@' + user.displayName;
  editor.appendChild(span);
}

export function showTemplate(tpl) {
  const frag = DOMPurify.sanitize(tpl.body, { RETURN_DOM_FRAGMENT: true });
  preview.replaceChildren(frag);
}

export function showServerMessage(msg) {
  // expect: xss
  status.innerHTML = '<b>' + msg.title + '</b>: ' + msg.text;
}

export function resetEditor() {
  editor.innerHTML = '';
  preview.innerHTML = '<p class="placeholder">Start typing…</p>';
}

export function printDraft(draft) {
  const w = window.open('', '_blank');
  // expect: xss
  w.document.write('<html><body>' + draft.html + '</body></html>');
  w.document.close();
}

DOMPurify.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A') {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
});
