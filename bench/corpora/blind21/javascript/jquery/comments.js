// jquery: a comments widget on a product page (html/append/attr with server and URL data)
/* global $, jQuery, DOMPurify */
$(function () {
  var $list = $('#comments');
  var $count = $('.comment-count');
  var productId = $('#product').data('id');

  function escapeHtml(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function renderComment(c) {
    var $item = $('<li class="comment"></li>');
    $item.append($('<strong></strong>').text(c.author));
    $item.append($('<p></p>').text(c.body));
    // expect: xss
    $item.append('<a class="site" href="' + c.website + '">' + c.website + '</a>');
    return $item;
  }

  $.getJSON('/api/products/' + encodeURIComponent(productId) + '/comments', function (data) {
    $count.text(data.total);
    $.each(data.items, function (_, c) {
      $list.append(renderComment(c));
    });
    // expect: xss
    $('#top-comment').html(data.pinned.bodyHtml);
    $('#top-comment-clean').html(DOMPurify.sanitize(data.pinned.bodyHtml));
  });

  $('#comment-form').on('submit', function (e) {
    e.preventDefault();
    var body = $('#comment-body').val();
    $.post('/api/comments', { productId: productId, body: body }).done(function () {
      // expect: xss
      $('#flash').html('<div class="ok">Thanks! You wrote: ' + body + '</div>');
      $('#flash-safe').html('<div class="ok">Thanks! You wrote: ' + escapeHtml(body) + '</div>');
    });
  });

  var params = new URLSearchParams(window.location.search);
  var highlight = params.get('highlight');
  if (highlight) {
    // expect: xss
    $('.search-term').html(highlight);
    $('.search-term-text').text(highlight);
  }

  var back = params.get('back');
  if (back) {
    // expect: xss
    $('#back-link').attr('href', back);
  }
  $('#help-link').attr('href', '/help?topic=' + encodeURIComponent(params.get('topic') || 'comments'));
  $('#avatar').attr('src', '/avatars/' + encodeURIComponent(productId) + '.png');

  jQuery('#loading').html('<span class="spinner"></span>');
  jQuery('#empty').html('');
});
