/* global $, jQuery, DOMPurify */
// Inbox panel of the support desk (jQuery 3, loaded from the layout).
(function ($) {
  'use strict';

  var $list = $('#inbox-list');
  var $preview = $('#message-preview');
  var EMPTY_STATE = '<p class="empty">No messages yet.</p>';

  function renderRow(msg) {
    return '<li data-id="' + msg.id + '"><b>' + msg.from + '</b> ' + msg.subject + '</li>';
  }

  function showList(messages) {
    if (!messages.length) {
      $list.html(EMPTY_STATE);
      return;
    }
    // expect: xss
    $list.html(messages.map(renderRow).join(''));
  }

  function showPreview(msg) {
    // expect: xss
    $preview.find('.body').html(msg.bodyHtml);
    $preview.find('.subject').text(msg.subject);
  }

  function showError(xhr) {
    var message = xhr.responseJSON && xhr.responseJSON.error;
    // expect: xss
    $('#inbox-error').html(`<strong>Could not load:</strong> ${message}`).show();
  }

  function showSignature(sig) {
    var clean = DOMPurify.sanitize(sig, { ALLOWED_TAGS: ['b', 'i', 'br'] });
    $preview.find('.signature').html(clean);
  }

  $(document).on('click', '#inbox-list li', function () {
    var id = $(this).data('id');
    $.getJSON('/api/messages/' + encodeURIComponent(id)).done(function (msg) {
      showPreview(msg);
      showSignature(msg.signature || '');
      // expect: xss
      jQuery('#preview-tags').html(msg.tags.map(function (t) { return '<span class="tag">' + t + '</span>'; }));
    }).fail(showError);
  });

  $.getJSON('/api/messages').done(showList).fail(showError);
  $('#inbox-title').html('Inbox');
})(jQuery);
