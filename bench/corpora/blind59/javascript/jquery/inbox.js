/* global jQuery */
(function ($) {
  'use strict';

  var $preview = $('#message-preview');
  var $list = $('.inbox-list');

  function renderRow(msg) {
    return '<li data-id="' + msg.id + '"><strong>' + msg.from + '</strong> ' + msg.subject + '</li>';
  }

  function showMessage(msg) {
    // expect: xss
    $preview.html(msg.body);
    $preview.find('.meta').text(msg.from + ' · ' + msg.date);
  }

  function renderInbox(messages) {
    var rows = $.map(messages, renderRow);
    // expect: xss
    $list.html(rows.join(''));
  }

  function showError(xhr) {
    // expect: xss
    $('#inbox-alert').html(`<p class="error">Could not load: ${xhr.responseText}</p>`).show();
  }

  function showSummary(data) {
    $('.inbox-summary')
      .addClass('loaded')
      // expect: xss
      .html(data.summary)
      .fadeIn(150);
  }

  $(document).on('click', '.inbox-list li', function () {
    $.getJSON('/api/messages/' + encodeURIComponent($(this).data('id'))).done(showMessage).fail(showError);
  });

  $.getJSON('/api/messages').done(function (data) {
    renderInbox(data.messages);
    showSummary(data);
  }).fail(showError);

  // Look-alikes: plain text, a fixed spinner, the getter, and sanitised HTML.
  function setTitle(title) {
    $('.inbox-title').text(title);
  }

  function showSpinner() {
    $preview.html('<span class="spinner" aria-label="loading"></span>');
  }

  function rememberDraft() {
    var current = $preview.html();
    window.sessionStorage.setItem('draft', current);
  }

  function showSanitised(msg) {
    $preview.html(window.DOMPurify.sanitize(msg.body));
  }

  window.Inbox = { setTitle: setTitle, showSpinner: showSpinner, rememberDraft: rememberDraft, showSanitised: showSanitised };
})(jQuery);
