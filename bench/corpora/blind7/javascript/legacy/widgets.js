/* global $, jQuery */
(function ($) {
  'use strict';

  function escapeHtml(s) {
    return String(s)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&#39;');
  }

  function renderResults($list, items) {
    $list.empty();
    items.forEach(function (item) {
      // expect: xss
      $list.append('<li class="result"><a href="' + item.url + '">' + item.title + '</a></li>');
    });
  }

  function renderResultsSafe($list, items) {
    $list.empty();
    items.forEach(function (item) {
      $('<li class="result">').append($('<a>').attr('href', '/item/' + encodeURIComponent(item.id)).text(item.title)).appendTo($list);
    });
  }

  $.fn.liveSearch = function (opts) {
    var $input = this;
    var $list = $(opts.list);
    $input.on('input', function () {
      var q = $input.val();
      // expect: xss
      $('#search-status').html('Searching for <b>' + q + '</b>...');
      $.getJSON('/api/search', { q: q }).done(function (data) {
        $('#search-status').text(data.total + ' results');
        renderResults($list, data.items);
      });
    });
    return this;
  };

  $(function () {
    var tab = window.location.hash.slice(1);
    if (tab) {
      // expect: xss
      $('#tab-' + tab).addClass('active');
    }

    var ref = new URLSearchParams(window.location.search).get('ref');
    if (ref) {
      $('#ref-note').text('Referred by ' + ref);
    }

    $('.flash').each(function () {
      var msg = $(this).data('message');
      $(this).html(escapeHtml(msg));
    });

    $.get('/api/announcements', function (list) {
      // expect: xss
      $('#announcements').html(list.map(function (a) { return '<p>' + a.text + '</p>'; }).join(''));
    });

    $('#help').html('<p>Need help? <a href="/support">Contact support</a>.</p>');
  });
})(jQuery);
