(function () {
  'use strict';

  var list = document.getElementById('notification-list');
  var badge = document.getElementById('notification-badge');
  var banner = document.getElementById('site-banner');

  function escapeHtml(text) {
    return String(text)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;');
  }

  function renderItem(n) {
    var li = document.createElement('li');
    // expect: xss
    li.innerHTML = '<strong>' + n.actor + '</strong> ' + n.message;
    return li;
  }

  function renderSafeItem(n) {
    var li = document.createElement('li');
    li.innerHTML = '<strong>' + escapeHtml(n.actor) + '</strong> ' + escapeHtml(n.message);
    return li;
  }

  function showBanner(data) {
    // expect: xss
    banner.innerHTML = data.bannerHtml;
  }

  function showSearchEcho() {
    var q = new URLSearchParams(location.search).get('q');
    var echo = document.getElementById('search-echo');
    // expect: xss
    echo.innerHTML = 'Results for <em>' + q + '</em>';
  }

  function clearList() {
    list.innerHTML = '';
  }

  function setBadge(count) {
    badge.textContent = count > 99 ? '99+' : String(count);
  }

  function load() {
    fetch('/api/notifications', { credentials: 'same-origin' })
      .then(function (r) { return r.json(); })
      .then(function (data) {
        clearList();
        data.items.forEach(function (n) {
          list.appendChild(n.trusted ? renderSafeItem(n) : renderItem(n));
        });
        setBadge(data.unread);
        if (data.bannerHtml) showBanner(data);
      });
  }

  document.addEventListener('DOMContentLoaded', function () {
    load();
    showSearchEcho();
  });
})();
