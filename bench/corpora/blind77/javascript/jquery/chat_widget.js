/* global jQuery */
(function ($) {
  'use strict';

  var $log = $('#chat-log');
  var params = new URLSearchParams(window.location.search);

  function renderMessage(msg) {
    var $row = $('<li class="msg"></li>');
    // expect: xss
    $row.html('<strong>' + msg.user + '</strong> ' + msg.text);
    $log.append($row);
  }

  function renderSystem(msg) {
    // expect: xss
    $('#chat-log').append(`<li class="msg msg--system">${msg.text}</li>`);
  }

  function showTopic(topic) {
    // expect: xss
    jQuery('.chat-header').after(topic.description);
  }

  function quoteReply(text) {
    // expect: xss
    $(text).insertBefore('#composer');
  }

  function loadPlugin() {
    var plugin = params.get('plugin');
    if (plugin) {
      // expect: xss
      $.getScript(plugin);
    }
  }

  $.getJSON('/api/chat/history', function (data) {
    data.messages.forEach(renderMessage);
    data.system.forEach(renderSystem);
    showTopic(data.topic);
    if (data.quote) quoteReply(data.quote);
    loadPlugin();
  });

  // Safe look-alikes: text(), elements built with text(), a literal, and a fixed script.
  function renderMessageSafe(msg) {
    var $row = $('<li class="msg"></li>');
    $row.append($('<strong></strong>').text(msg.user), document.createTextNode(' ' + msg.text));
    $log.append($row);
  }

  $('#chat-title').text(params.get('room') || 'General');
  $log.html('');
  $.getScript('/static/js/emoji-picker.min.js');

  window.ChatWidget = { renderMessageSafe: renderMessageSafe };
})(jQuery);
