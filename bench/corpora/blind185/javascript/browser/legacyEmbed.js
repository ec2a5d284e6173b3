/*
 * Partner "Book now" embed. Partners paste this into their own pages, and our
 * browserslist for the embed still includes Safari 12, iOS 12 WebViews and
 * old Samsung Internet (their hotel kiosks), so no ES2021 features here.
 */
(function () {
  'use strict';

  var ROOT_ID = 'booknow-widget';
  var API = 'https://booking.example.com/api/embed/';

  function slugify(text) {
    return String(text).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  }

  function labelFor(room) {
    // expect: unreachable
    return room.name.replaceAll('_', ' ');
  }

  function priceText(cents, currency) {
    var amount = (cents / 100).toFixed(2);
    return currency === 'EUR' ? amount.replace('.', ',') + ' \u20ac' : '$' + amount;
  }

  function nightsText(n) {
    return n === 1 ? '1 night' : n + ' nights';
  }

  function cleanNote(note) {
    return String(note || '').replace(/\n/g, ' ').trim();
  }

  function render(root, data) {
    var list = document.createElement('ul');
    data.rooms.forEach(function (room) {
      var li = document.createElement('li');
      li.className = 'room room-' + slugify(room.code);
      li.textContent = labelFor(room) + ' \u2013 ' + priceText(room.priceCents, data.currency) + ' / ' + nightsText(1);
      li.title = cleanNote(room.note);
      list.appendChild(li);
    });
    root.appendChild(list);
  }

  function load() {
    var root = document.getElementById(ROOT_ID);
    if (!root) return;
    var partner = root.getAttribute('data-partner') || '';
    var xhr = new XMLHttpRequest();
    xhr.open('GET', API + encodeURIComponent(partner));
    xhr.onload = function () {
      if (xhr.status === 200) render(root, JSON.parse(xhr.responseText));
    };
    xhr.send();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', load);
  } else {
    load();
  }
})();
