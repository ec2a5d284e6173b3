(function () {
  'use strict';

  var params = new URLSearchParams(window.location.search);
  var list = document.getElementById('results');
  var banner = document.getElementById('banner');
  var status = document.getElementById('status');

  function renderResults(items) {
    // expect: xss
    list.innerHTML = items.map(function (item) {
      return '<li><a href="/p/' + item.id + '">' + item.title + '</a><p>' + item.snippet + '</p></li>';
    }).join('');
  }

  function showQuery() {
    var q = params.get('q') || '';
    // expect: xss
    document.getElementById('query-echo').innerHTML = 'Results for <b>' + q + '</b>';
  }

  function replaceCard(card, html) {
    // expect: xss
    card.outerHTML = html;
  }

  function loadWidget(partner) {
    // expect: xss
    document.write('<script src="https://widgets.example-cdn.com/' + partner + '.js"><\/script>');
  }

  function setLoading() {
    status.innerHTML = "<em>Loading&hellip;</em>";
    document.write("<noscript>Enable JavaScript to see results.</noscript>");
  }

  function showCount(n) {
    banner.textContent = n + ' results';
  }

  setLoading();
  showQuery();
  fetch('/api/search?q=' + encodeURIComponent(params.get('q') || ''))
    .then(function (r) { return r.json(); })
    .then(function (data) {
      renderResults(data.items);
      showCount(data.items.length);
      if (data.featured) replaceCard(document.getElementById('featured'), data.featured.cardHtml);
      if (params.get('partner')) loadWidget(params.get('partner'));
    });
})();
