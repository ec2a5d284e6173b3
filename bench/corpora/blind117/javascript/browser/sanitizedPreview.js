import DOMPurify from 'dompurify';

export function renderComment(el, comment) {
  // expect: xss
  el.innerHTML = DOMPurify.sanitize(comment.bodyHtml);
}

export function renderBio(el, profile) {
  // expect: xss
  const clean = DOMPurify.sanitize(profile.bio, { USE_PROFILES: { html: true } });
  el.innerHTML = clean;
}

export function renderSnippet(container, snippet) {
  // expect: xss
  container.insertAdjacentHTML('beforeend', DOMPurify.sanitize(snippet, { ALLOWED_TAGS: ['b', 'i', 'a'] }));
}

export function renderArticle(el, article) {
  const fragment = DOMPurify.sanitize(article.html, { RETURN_DOM_FRAGMENT: true });
  el.replaceChildren(fragment);
}

export function renderCard(el, card) {
  const node = DOMPurify.sanitize(card.html, { RETURN_DOM: true });
  el.appendChild(node);
}

export function renderTitle(el, title) {
  el.textContent = title;
}
