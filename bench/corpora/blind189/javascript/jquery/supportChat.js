/* global $, io */
(function () {
  'use strict';

  var socket = io('/support');
  var $log = $('#chat-log');
  var $typing = $('#chat-typing');

  function timeLabel(ts) {
    var d = new Date(ts);
    return ('0' + d.getHours()).slice(-2) + ':' + ('0' + d.getMinutes()).slice(-2);
  }

  function messageItem(msg) {
    var $li = $('<li class="msg"></li>');
    $li.append($('<span class="who"></span>').text(msg.author));
    $li.append($('<span class="when"></span>').text(timeLabel(msg.sentAt)));
    $li.append($('<p class="body"></p>').text(msg.text));
    return $li;
  }

  socket.on('message', function (msg) {
    $log.append(messageItem(msg));
    $log.scrollTop($log.prop('scrollHeight'));
  });

  // Agents may send canned answers with links; customers' lines come through here too.
  socket.on('rich-message', function (msg) {
    // expect: xss
    $log.append('<li class="msg rich"><span class="who">' + msg.author + '</span><div class="body">' + msg.html + '</div></li>');
  });

  socket.on('typing', function (who) {
    $typing.text(who ? who + ' is typing…' : '');
  });

  socket.on('system', function (notice) {
    // expect: xss
    $(notice.html).appendTo('#chat-notices');
  });

  $('#chat-form').on('submit', function (e) {
    e.preventDefault();
    var text = $('#chat-input').val();
    if (!text) return;
    socket.emit('message', { text: text });
    $('#chat-input').val('');
  });

  $('#chat-clear').on('click', function () {
    $log.html('');
    $('<li class="msg system">Conversation cleared</li>').appendTo($log);
  });
})();
