import { escapeHtml } from './escape.js';

export function renderComments(list, comments) {
  for (const comment of comments) {
    // expect: xss
    list.insertAdjacentHTML('beforeend', '<li class="comment">' + comment.body + '</li>');
  }
}

export function renderAuthorCard(container, user) {
  // expect: xss
  container.innerHTML = '<div class="author"><img src="' + user.avatarUrl + '" alt=""> ' + user.displayName + '</div>';
}

export function renderLinks(nav, links) {
  let out = '';
  for (const link of links) {
    // expect: xss
    out += '<a href="' + link.url + '">' + link.label + '</a>';
  }
  nav.innerHTML = out;
}

export function renderEmptyState(box, query) {
  // expect: xss
  box.innerHTML = 'Nothing matched <b>' + query + '</b> in your workspace';
}

export function renderTitles(ul, items) {
  ul.innerHTML = items.map((item) => '<li>' + escapeHtml(item.title) + '</li>').join('');
}

export function rowClass(active) {
  return 'row ' + (active ? 'row--active' : 'row--idle');
}

export function divider() {
  return '<hr>' + '<br>';
}
