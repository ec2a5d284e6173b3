import { escapeHtml } from './escape';

export function renderTags(container, tags) {
  // expect: xss
  container.innerHTML = tags.map((t) => ['<li class="tag">', t.label, '</li>'].join('')).join('');
}

export function renderUserCard(el, user) {
  // expect: xss
  el.innerHTML = ['<div class="card"><h3>', user.name, '</h3><p>', user.bio, '</p></div>'].join('');
}

export function renderRow(table, row) {
  const cells = row.values.map((v) => '<td>' + escapeHtml(v) + '</td>').join('');
  // expect: xss
  table.insertAdjacentHTML('beforeend', ['<tr data-id="', row.id, '">', cells, '</tr>'].join(''));
}

export function renderOption(select, option) {
  // expect: xss
  const html = ['<option value="', option.value, '">', option.text, '</option>'].join('');
  select.insertAdjacentHTML('beforeend', html);
}

export function classList(names) {
  return ['btn', 'btn-primary', names.extra].join(' ');
}

export function breadcrumb(parts) {
  return parts.map((p) => p.title).join(' / ');
}
