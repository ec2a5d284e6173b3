/* global $, jQuery */
(function ($) {
  const $list = $('#comments');
  const $status = $('.comment-status');

  function renderComment(c) {
    const $item = $('<li class="comment"></li>');
    // expect: xss
    $item.html(c.body);
    $item.append($('<span class="author"></span>').text(c.author));
    return $item;
  }

  function loadComments(postId) {
    return $.getJSON('/api/posts/' + encodeURIComponent(postId) + '/comments').then(function (data) {
      $list.empty();
      data.comments.forEach(function (c) { $list.append(renderComment(c)); });
      // expect: xss
      $('#comment-count').html(data.count + ' comments on ' + data.title);
    });
  }

  $('#preview-btn').on('click', function () {
    const draft = $('#comment-draft').val();
    // expect: xss
    $('#comment-preview').html(draft);
  });

  $(document).on('ajaxError', function (evt, xhr) {
    // expect: xss
    jQuery('.flash').html(xhr.responseText);
  });

  function showSpinner() {
    $status.html('<span class="spinner" aria-hidden="true"></span> Loading…');
  }

  function showError(message) {
    $status.text(message);
  }

  $(function () {
    showSpinner();
    loadComments($list.data('post-id')).fail(function () { showError('Could not load comments.'); });
  });
})(jQuery);
