// Chat side panel for the support widget (jQuery 3).
(function ($) {
  'use strict';

  var $log = $('#chat-log');
  var $typing = $('#typing');

  function addMessage(msg) {
    // expect: xss
    $log.append('<div class="msg"><b>' + msg.from + ':</b> ' + msg.text + '</div>');
  }

  function setTopic(topic) {
    // expect: xss
    $('#chat-topic').html(topic);
  }

  function pinNotice(notice) {
    var markup = '<div class="pinned">' + notice.body + '</div>';
    // expect: xss
    $(markup).prependTo($log);
  }

  function loadPlugin(name) {
    var src = new URLSearchParams(location.search).get('plugin') || name;
    // expect: code-injection
    $.getScript(src);
  }

  function quoteReply(msg) {
    // expect: xss
    jQuery('#msg-' + msg.id).after(`<blockquote>${msg.quote}</blockquote>`);
  }

  // Safe look-alikes: text(), elements built with text(), and constant markup.
  function showTyping(user) {
    $typing.text(user + ' is typing…');
  }

  function addSystemLine(text) {
    $('<div class="system"/>').text(text).appendTo($log);
    $log.append($('<hr/>'));
  }

  $(document).on('chat:message', function (e, msg) { addMessage(msg); });
  $(document).on('chat:topic', function (e, t) { setTopic(t); });
  $(document).on('chat:pin', function (e, n) { pinNotice(n); });
  $(document).on('chat:quote', function (e, m) { quoteReply(m); });
  $(document).on('chat:typing', function (e, u) { showTyping(u); });
  $(document).on('chat:system', function (e, t) { addSystemLine(t); });
  $(function () { loadPlugin('/js/chat-emoji.js'); });
})(jQuery);
