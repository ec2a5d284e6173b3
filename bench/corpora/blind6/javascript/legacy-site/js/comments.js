/* global $, DOMPurify */
(function () {
  'use strict';

  function escapeText(s) {
    return $('<div>').text(s).html();
  }

  function renderComment(c) {
    var $item = $('<li class="comment">');
    $item.append($('<strong>').text(c.author));
    $item.append($('<p>').text(c.body));
    return $item;
  }

  function loadComments(postId) {
    $.getJSON('/api/posts/' + encodeURIComponent(postId) + '/comments', function (data) {
      var $list = $('#comments').empty();
      data.comments.forEach(function (c) {
        $list.append(renderComment(c));
      });
      // expect: jquery-html-sink
      $('#comment-count').html('<b>' + data.count + '</b> comments by ' + data.lastAuthor);
    });
  }

  function showPreview(markup) {
    // expect: jquery-html-sink
    $('#preview').html(markup);
    $('#preview-clean').html(DOMPurify.sanitize(markup));
  }

  function notify(message) {
    // expect: jquery-append-sink
    $('#flash').append('<div class="alert">' + message + '</div>');
    $('#flash-safe').append('<div class="alert">' + escapeText(message) + '</div>');
  }

  function insertBefore(node, label) {
    // expect: jquery-before-sink
    $(node).before('<span class="label">' + label + '</span>');
  }

  function linkTo(url, text) {
    // expect: jquery-constructor-html
    return $('<a href="' + url + '">' + text + '</a>');
  }

  function runInline(code) {
    // expect: jquery-globaleval
    $.globalEval(code);
  }

  function setBusy() {
    $('#status').html('<span class="spinner"></span> Saving…');
    $('#status-text').text('Saving…');
  }

  $(document).on('click', '.reply', function () {
    var author = $(this).data('author');
    $('#reply-to').text(author);
    $('#reply-box').val('@' + author + ' ');
  });

  window.Comments = { loadComments: loadComments, showPreview: showPreview, notify: notify,
    insertBefore: insertBefore, linkTo: linkTo, runInline: runInline, setBusy: setBusy };
})();
