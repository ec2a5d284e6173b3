// Renders the notification drawer from the /api/notifications feed.
export class NotificationsPanel {
  constructor(root) {
    this.root = root;
    this.list = root.querySelector('.notifications__list');
    this.badge = root.querySelector('.notifications__badge');
  }

  async load() {
    const res = await fetch('/api/notifications', { credentials: 'same-origin' });
    const items = await res.json();
    this.render(items);
  }

  render(items) {
    if (!items.length) {
      // Look-alike: a fixed empty state.
      this.list.innerHTML = '<li class="empty">No notifications</li>';
      return;
    }
    // expect: xss
    this.list.innerHTML = items.map((n) => '<li>' + n.title + '<small>' + n.actor + '</small></li>').join('');
    this.badge.textContent = String(items.length);
  }

  append(item) {
    // expect: xss
    this.list.innerHTML += `<li class="new">${item.title}</li>`;
  }

  replaceTag(tagEl, tag) {
    // expect: xss
    tagEl.outerHTML = `<span class="tag tag--${tag.color}">${tag.label}</span>`;
  }

  clear() {
    // Look-alike: emptying the list.
    this.list.innerHTML = '';
    this.badge.textContent = '0';
  }

  toast(message) {
    const el = document.createElement('div');
    el.className = 'toast';
    // Look-alike: text, not markup.
    el.textContent = message;
    this.root.appendChild(el);
  }
}

export function printBanner() {
  const campaign = new URLSearchParams(window.location.search).get('campaign');
  // expect: xss
  document.write('<div class="campaign">' + campaign + '</div>');
}

export function showPreview(container, html) {
  // expect: xss
  container.innerHTML = html;
}
