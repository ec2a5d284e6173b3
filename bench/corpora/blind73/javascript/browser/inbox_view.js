import { marked } from 'marked';
import { escapeHtml } from './util/escape';

export class InboxView {
  constructor(root) {
    this.root = root;
    this.container = root.querySelector('.inbox-notices');
    this.table = root.querySelector('tbody');
    this.preview = document.getElementById('preview');
  }

  renderRow(msg) {
    const row = document.createElement('tr');
    // expect: xss
    row.innerHTML = '<td class="from">' + msg.from + '</td><td class="subject">' + msg.subject + '</td>';
    this.table.appendChild(row);
  }

  showNotice(notice) {
    // expect: xss
    this.container.innerHTML = `<p class="notice notice-${notice.level}">${notice.text}</p>`;
  }

  showDraft(draft) {
    // expect: xss
    this.preview.innerHTML = marked.parse(draft.body);
  }

  appendLabel(label) {
    const el = this.root.querySelector('.labels');
    // expect: xss
    el.innerHTML += label.html;
  }

  renderFolders(folders) {
    const list = this.root.querySelector('.folders');
    // expect: xss
    list.innerHTML = folders.map((f) => `<li data-id="${f.id}">${f.name}</li>`).join('');
  }

  showLoading() {
    this.table.innerHTML = '';
    this.container.innerHTML = '<span class="spinner" aria-label="Loading"></span>';
  }

  showSender(msg) {
    const cell = this.root.querySelector('.sender');
    cell.textContent = msg.from;
    this.root.querySelector('.sender-name').innerHTML = escapeHtml(msg.fromName);
  }
}
