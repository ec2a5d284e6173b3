/* global $, jQuery */
(function ($) {
  'use strict';

  function loadMessage(id) {
    return $.getJSON('/api/messages/' + encodeURIComponent(id));
  }

  function showMessage(msg) {
    $('#message-subject').text(msg.subject);
    // expect: xss
    $('#message-body').html(msg.bodyHtml);
    $('#message-from').text(msg.from.name);
  }

  function addToList(msg) {
    var item = '<li class="msg" data-id="' + msg.id + '">' + msg.subject + '</li>';
    // expect: xss
    $('#inbox-list').append(item);
  }

  function flagNote(el, note) {
    // expect: xss
    $(el).after(note.html);
  }

  function renderAttachment(att) {
    var tpl = '<a class="att" href="' + att.url + '">' + att.filename + '</a>';
    // expect: xss
    $(tpl).appendTo('#attachments');
  }

  function loadPlugin(settings) {
    // expect: xss
    jQuery.getScript(settings.pluginUrl);
  }

  function showCount(n) {
    $('#unread-count').text(n);
    $('#spinner').html('<span class="spinner" aria-hidden="true"></span>');
  }

  function addSafe(msg) {
    $('<li class="msg">').text(msg.subject).attr('data-id', msg.id).appendTo('#inbox-list');
  }

  $(document).on('click', '.msg', function () {
    loadMessage($(this).data('id')).done(showMessage);
  });

  window.Inbox = { showMessage: showMessage, addToList: addToList, flagNote: flagNote, renderAttachment: renderAttachment, loadPlugin: loadPlugin, showCount: showCount, addSafe: addSafe };
})(jQuery);
