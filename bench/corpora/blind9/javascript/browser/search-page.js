// library: jQuery (location-driven DOM updates)
$(document).ready(function () {
  const params = new URLSearchParams(window.location.search);
  const q = params.get('q') || '';

  // expect: xss
  $('#search-title').html('Results for <em>' + q + '</em>');
  $('#search-input').val(q);
  $('#search-echo').text(q);

  const anchor = decodeURIComponent(window.location.hash.slice(1));
  // expect: xss
  $(anchor).addClass('highlight');

  const tab = window.location.hash.slice(1);
  if (/^[a-z-]+$/.test(tab)) {
    $('#' + tab).show();
  }
  $('#tab-' + $.escapeSelector(params.get('tab') || 'all')).addClass('active');

  // expect: xss
  $('.results').after('<p class="hint">Did you mean ' + params.get('suggest') + '?</p>');

  $('.results').after($('<p class="hint">').text('Did you mean ' + (params.get('suggest') || '') + '?'));
});
