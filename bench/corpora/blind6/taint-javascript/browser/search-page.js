/* global $ */
$(function () {
  const params = new URLSearchParams(window.location.search);
  const q = params.get('q') || '';

  // expect: dom-xss-jquery-html
  $('#search-title').html('Results for <em>' + q + '</em>');
  $('#search-title-safe').text('Results for ' + q);
  $('#search-box').val(q);

  const tab = decodeURIComponent(window.location.hash.slice(1));
  // expect: dom-xss-jquery-selector
  $(tab).addClass('active');
  $('#tabs').find('[data-tab="' + CSS.escape(tab) + '"]').addClass('active');

  const note = params.get('note');
  if (note) {
    // expect: dom-xss-jquery-append
    $('#notes').append('<li class="note">' + note + '</li>');
    $('#notes-safe').append($('<li class="note">').text(note));
  }

  const ref = params.get('ref');
  // expect: dom-xss-jquery-attr-href
  $('#back-link').attr('href', ref);
  $('#back-link-safe').attr('href', ref && ref.startsWith('/') && !ref.startsWith('//') ? ref : '/');

  $.getJSON('/api/suggestions', { q: q }, function (data) {
    data.items.forEach(function (item) {
      $('#suggestions').append($('<option>', { value: item.id, text: item.label }));
    });
  });

  const banner = params.get('banner');
  // expect: dom-xss-jquery-prepend
  $('body').prepend($('<div class="banner">' + banner + '</div>'));

  $('#count').html(String(Number(params.get('n')) || 0));
  $('#loading').html('<span class="spinner"></span>');
});
