'use strict';

// Renders the suggestion dropdown under the site search box.

function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, function (c) {
    return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
  });
}

function renderHits(box, hits) {
  var html = '';
  for (var i = 0; i < hits.length; i++) {
    // titles of community posts, written by members
    // expect: xss
    html += '<li class="hit">' + hits[i].title + '</li>';
  }
  box.innerHTML = '<ul>' + html + '</ul>';
}

function renderPeople(box, people) {
  var rows = people.map(function (p) {
    return '<a class="person" href="/u/' + encodeURIComponent(p.handle) + '">' + escapeHtml(p.displayName) + '</a>';
  });
  box.innerHTML = rows.join('');
}

function renderTags(box, tags) {
  var rows = tags.map(function (t) {
    return '<span class="tag">' + escapeHtml(t.label) + '</span>';
  });
  box.innerHTML = rows.join('');
}

function renderCount(box, total) {
  var n = Number(total) || 0;
  box.innerHTML = '<li class="count">' + n + ' results</li>';
}

function renderEmpty(box) {
  box.innerHTML = '<li class="empty">' + 'No matches' + '</li>';
}

function attach(input, box) {
  var timer = null;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var q = input.value.trim();
      if (!q) return renderEmpty(box);
      fetch('/api/suggest?q=' + encodeURIComponent(q))
        .then(function (r) { return r.json(); })
        .then(function (data) {
          renderHits(box.querySelector('.hits'), data.hits);
          renderPeople(box.querySelector('.people'), data.people);
          renderTags(box.querySelector('.tags'), data.tags);
          renderCount(box.querySelector('.total'), data.total);
        });
    }, 150);
  });
}

module.exports = { attach: attach, renderHits: renderHits, renderPeople: renderPeople };
