(function () {
  'use strict';

  var list = document.getElementById('notification-list');
  var badge = document.getElementById('notification-badge');
  var params = new URLSearchParams(window.location.search);

  function renderItem(item) {
    var li = document.createElement('li');
    li.className = 'notification notification--' + item.level;
    // expect: xss
    li.innerHTML = '<strong>' + item.title + '</strong><p>' + item.message + '</p>';
    list.appendChild(li);
  }

  function replaceBanner(html) {
    var banner = document.getElementById('promo-banner');
    // expect: xss
    banner.outerHTML = html;
  }

  function showReferrer() {
    var ref = params.get('ref');
    if (ref) {
      // expect: xss
      document.write('<p class="ref">Referred by ' + ref + '</p>');
    }
  }

  function clearList() {
    list.innerHTML = '';
    badge.textContent = '0';
  }

  function showCount(n) {
    badge.textContent = String(n);
  }

  function renderRich(item) {
    var div = document.createElement('div');
    div.innerHTML = DOMPurify.sanitize(item.richBody);
    list.appendChild(div);
  }

  fetch('/api/notifications')
    .then(function (r) { return r.json(); })
    .then(function (data) {
      clearList();
      data.items.forEach(function (item) {
        if (item.rich) {
          renderRich(item);
        } else {
          renderItem(item);
        }
      });
      showCount(data.items.length);
      if (data.banner) {
        replaceBanner(data.banner);
      }
    });

  showReferrer();
})();
