// browser: comment widget embedded on article pages
(function () {
  const list = document.getElementById('comments');
  const form = document.querySelector('#comment-form');
  const params = new URLSearchParams(window.location.search);

  function escapeHtml(s) {
    return String(s)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&#39;');
  }

  function renderComment(c) {
    const li = document.createElement('li');
    li.className = 'comment';
    // expect: xss
    li.innerHTML = '<b>' + c.author + '</b>: ' + c.body;
    list.appendChild(li);
  }

  function renderCommentSafe(c) {
    const li = document.createElement('li');
    li.innerHTML = '<b>' + escapeHtml(c.author) + '</b>: ' + escapeHtml(c.body);
    list.appendChild(li);
  }

  function renderBanner() {
    const highlight = params.get('highlight');
    const banner = document.getElementById('banner');
    if (highlight) {
      // expect: xss
      banner.insertAdjacentHTML('beforeend', `<span class="hl">${highlight}</span>`);
    }
    banner.textContent = banner.textContent.trim();
  }

  function renderCount(n) {
    document.getElementById('count').innerHTML = '<em>' + Number(n) + '</em> comments';
  }

  function showAuthor(name) {
    const el = document.getElementById('author');
    el.textContent = name;
  }

  fetch('/api/comments?article=' + encodeURIComponent(params.get('id')))
    .then((r) => r.json())
    .then((data) => {
      data.items.forEach(data.trusted ? renderCommentSafe : renderComment);
      renderCount(data.items.length);
      showAuthor(data.author);
      renderBanner();
    });

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const body = form.elements.body.value;
    // expect: xss
    document.getElementById('preview').outerHTML = '<div id="preview">' + body + '</div>';
  });
})();
