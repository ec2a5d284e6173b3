/* global $ */
// Legacy jQuery search page, still served at /search-classic.

const params = new URLSearchParams(window.location.search);

function renderResults(results) {
  const $list = $('#results').empty();
  results.forEach((r) => {
    const $li = $('<li>').addClass('result');
    $('<a>').attr('href', '/items/' + encodeURIComponent(r.id)).text(r.title).appendTo($li);
    $li.appendTo($list);
  });
}

function showQuery() {
  const q = params.get('q') || '';
  // expect: xss
  $('#query-echo').html('Results for <b>' + q + '</b>');
  $('#query-plain').text(q);
}

function showCount(n) {
  $('#count').html('<span>' + Number(n) + '</span>');
}

function highlight(term) {
  const safe = $('<div>').text(term).html();
  $('#hint').html('Try <em>' + safe + '</em>');
}

function loadMore(page) {
  $.getJSON('/api/search', { q: params.get('q'), page }, renderResults);
}

function appendBanner() {
  const banner = params.get('banner');
  if (banner) {
    // expect: xss
    $('body').append(banner);
  }
}

$(function () {
  showQuery();
  appendBanner();
  loadMore(1);
});
