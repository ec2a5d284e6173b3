/* Inbox view (jQuery 3). */
$(function () {
  var $list = $('#message-list');
  var $preview = $('#message-preview');
  var $status = $('#status-line');

  function escapeHtml(s) {
    return $('<div>').text(s).html();
  }

  function renderRow(msg) {
    return '<li data-id="' + msg.id + '"><b>' + escapeHtml(msg.from) + '</b> ' + escapeHtml(msg.subject) + '</li>';
  }

  function loadInbox() {
    $status.html('<span class="spinner"></span> Loading…');
    $.getJSON('/api/messages').done(function (messages) {
      $list.html(messages.map(renderRow).join(''));
      $status.text(messages.length + ' messages');
    });
  }

  $list.on('click', 'li', function () {
    var id = $(this).data('id');
    $.getJSON('/api/messages/' + encodeURIComponent(id)).done(function (msg) {
      // expect: xss
      $preview.html(msg.bodyHtml);
      $('#preview-subject').text(msg.subject);
    });
  });

  $('#search').on('input', function () {
    var q = $(this).val();
    // expect: xss
    $('#search-hint').html('Searching for <em>' + q + '</em>');
  });

  $(window).on('hashchange', function () {
    var folder = decodeURIComponent(location.hash.slice(1));
    // expect: xss
    $('#folder-title').html(folder);
    loadInbox();
  });

  $('#compose').on('click', function () {
    $('#composer').html('<textarea name="body"></textarea><button type="submit">Send</button>');
  });

  $('#clear').on('click', function () {
    $preview.html('');
    $preview.empty();
  });

  loadInbox();
});
