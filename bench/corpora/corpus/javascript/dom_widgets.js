// Vanilla JS widgets for the marketing site (no framework).
import DOMPurify from 'dompurify';

const params = new URLSearchParams(window.location.search);

export function renderSearchHeader(container) {
  const q = params.get('q') || '';
  // expect: xss
  container.innerHTML = '<h2>Results for ' + q + '</h2>';
}

export function renderSearchHeaderSafe(container) {
  const q = params.get('q') || '';
  const h2 = document.createElement('h2');
  h2.textContent = `Results for ${q}`;
  container.replaceChildren(h2);
}

export function clearResults(container) {
  container.innerHTML = '';
}

export function renderCards(container, items) {
  const frag = document.createDocumentFragment();
  for (const item of items) {
    const card = document.createElement('div');
    card.className = 'card';
    card.textContent = item.title;
    frag.appendChild(card);
  }
  container.appendChild(frag);
}

export function renderCardsFast(container, items) {
  // expect: xss
  container.innerHTML = items.map((i) => `<div class="card">${i.title}</div>`).join('');
}

export function renderSpinner(container) {
  container.innerHTML = '<div class="spinner" aria-busy="true"></div>';
}

export function appendNotice(list, notice) {
  // expect: xss
  list.insertAdjacentHTML('beforeend', `<li class="notice">${notice.message}</li>`);
}

export function appendNoticeSafe(list, notice) {
  list.insertAdjacentHTML('beforeend', `<li class="notice">${DOMPurify.sanitize(notice.message)}</li>`);
}

export function showBanner() {
  const campaign = params.get('utm_campaign');
  if (campaign) {
    // expect: xss
    document.write('<div class="banner">Welcome from ' + campaign + '</div>');
  }
}

export function replaceTooltip(el, text) {
  // expect: xss
  el.outerHTML = `<span class="tooltip">${text}</span>`;
}

export function setTitle(text) {
  document.title = text;
  document.querySelector('h1').innerText = text;
}

export function runLater(code) {
  // expect: code-injection
  setTimeout(code, 100);
}

export function debounce(fn, ms) {
  let t;
  return (...args) => {
    clearTimeout(t);
    t = setTimeout(() => fn(...args), ms);
  };
}

export function jumpTo() {
  const next = params.get('next');
  // expect: open-redirect
  window.location.href = next;
}

export function jumpToSection() {
  const section = params.get('section') || 'top';
  window.location.hash = `#${encodeURIComponent(section)}`;
}

export function pickTestimonial(list) {
  return list[Math.floor(Math.random() * list.length)];
}

export function shuffle(items) {
  const a = items.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

export function loadTheme(name) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = `/themes/${encodeURIComponent(name)}.css`;
  document.head.appendChild(link);
}

export function embedVideo(container) {
  const id = params.get('v') || '';
  // expect: xss
  container.innerHTML = `<iframe src="https://player.example.com/embed/${id}" allowfullscreen></iframe>`;
}
