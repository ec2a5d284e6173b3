/* global $ */
$(function () {
  var params = new URLSearchParams(window.location.search);

  $('#search-form').on('submit', function (e) {
    e.preventDefault();
    var q = $('#q').val();
    $.getJSON('/api/search', { q: q }, function (data) {
      // expect: xss
      $('#results-title').html('Results for ' + q);
      $('#results').empty();
      data.items.forEach(function (item) {
        $('<li>').text(item.title).appendTo('#results');
      });
    });
  });

  var tab = params.get('tab');
  if (tab) {
    // expect: xss
    $('#tabs').append('<li class="active">' + tab + '</li>');
  }

  $('#count').html('<b>' + $('#results li').length + '</b>');
  $('#status').text(params.get('status') || '');

  $('.comment').each(function () {
    var raw = $(this).data('raw');
    // expect: xss
    $(this).after(raw);
  });

  var hash = decodeURIComponent(location.hash.slice(1));
  if (hash) {
    // expect: xss
    document.getElementById('anchor-title').insertAdjacentHTML('beforeend', hash);
  }

  $('#help').html('<a href="/help">Help</a>');

  var cb = params.get('callback');
  if (cb) {
    // expect: code-injection
    setTimeout(cb, 0);
  }

  var ret = params.get('return');
  if (ret && ret.charAt(0) === '/' && ret.charAt(1) !== '/') {
    window.location.assign(ret);
  }

  var out = params.get('out');
  if (out) {
    // expect: open-redirect
    window.location.replace(out);
  }
});
