// library: jQuery
$(function () {
  const $list = $('#comments');

  function escapeHtml(s) {
    return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  }

  function renderComment(c) {
    const $li = $('<li class="comment">');
    $('<strong>').text(c.author).appendTo($li);
    $('<p>').text(c.body).appendTo($li);
    return $li;
  }

  $.getJSON('/api/comments', function (comments) {
    comments.forEach((c) => $list.append(renderComment(c)));
  });

  $('#preview-btn').on('click', function () {
    const body = $('#comment-body').val();
    // expect: xss
    $('#preview').html('<p>' + body + '</p>');
  });

  $('#preview-safe-btn').on('click', function () {
    $('#preview').text($('#comment-body').val());
  });

  $.getJSON('/api/announcements', function (items) {
    items.forEach(function (a) {
      // expect: xss
      $('#announcements').append('<div class="note">' + a.message + '</div>');
    });
  });

  $.getJSON('/api/tags', function (tags) {
    const html = tags.map((t) => '<span class="tag">' + escapeHtml(t) + '</span>').join('');
    $('#tags').html(html);
  });

  const highlight = new URLSearchParams(location.search).get('highlight');
  if (highlight) {
    // expect: xss
    $('#banner').prepend('<b>Showing comments about ' + highlight + '</b>');
  }

  $('#clear').on('click', () => $('#preview').html(''));
  $('#loading').html('<span class="spinner"></span>');
});
