import DOMPurify from 'dompurify';
import { marked } from 'marked';
import { fetchThread, fetchMessages } from './api';

const list = document.getElementById('message-list');
const preview = document.getElementById('preview');

export async function renderInbox() {
  const messages = await fetchMessages();
  list.innerHTML = '';
  for (const msg of messages) {
    const row = document.createElement('li');
    row.className = msg.unread ? 'row unread' : 'row';
    // expect: xss
    row.innerHTML = msg.subjectHtml;
    row.dataset.id = msg.id;
    list.appendChild(row);
  }
}

export async function openThread(id) {
  const thread = await fetchThread(id);
  const header = document.createElement('h2');
  header.textContent = thread.subject;
  preview.replaceChildren(header);
  for (const note of thread.notes) {
    const container = document.createElement('article');
    // expect: xss
    container.innerHTML = `<p class="from">${note.sender}</p><div class="body">${note.body}</div>`;
    preview.appendChild(container);
  }
}

export function showSanitised(thread) {
  preview.innerHTML = DOMPurify.sanitize(thread.html);
}

export class DraftEditor {
  constructor(root) {
    this.previewEl = root.querySelector('.draft-preview');
    this.input = root.querySelector('textarea');
    this.input.addEventListener('input', () => this.render());
  }

  render() {
    // expect: xss
    this.previewEl.innerHTML = marked.parse(this.input.value);
  }
}

export function showFlash() {
  const params = new URLSearchParams(window.location.search);
  if (params.has('msg')) {
    // expect: xss
    document.getElementById('flash').innerHTML = params.get('msg');
  }
}

export function showLoading() {
  preview.innerHTML = '<div class="spinner" aria-busy="true"></div>';
}
