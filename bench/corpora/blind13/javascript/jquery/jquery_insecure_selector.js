// library: jQuery (selectors built from URL / user data)
/* global $ */

$(function () {
  const params = new URLSearchParams(window.location.search);
  // expect: xss
  const $tab = $(params.get('tab'));
  $tab.addClass('active');

  const tabId = window.location.hash.slice(1);
  if (/^[a-z0-9-]+$/i.test(tabId)) {
    $(document.getElementById(tabId)).addClass('active');
  }

  // expect: xss
  $('<div class="flash">' + params.get('msg') + '</div>').prependTo('main');

  $('<div class="flash">').text(params.get('msg') || '').prependTo('main');

  $('#search').on('input', function () {
    $.getJSON('/api/suggest', { q: $(this).val() }, function (items) {
      items.forEach(function (item) {
        // expect: xss
        $('.results').append($(`<li>${item.label}</li>`));
      });
    });
  });

  $('.item').each(function () {
    const id = $(this).data('id');
    $('#detail-' + CSS.escape(String(id))).hide();
  });

  $('#filter').on('change', function () {
    $('tr').filter(`[data-status="${CSS.escape($(this).val())}"]`).show();
  });
});
