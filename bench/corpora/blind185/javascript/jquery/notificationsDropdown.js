/* global $, window */
'use strict';

function escapeHtml(value) {
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function timeAgo(iso) {
  var minutes = Math.round((Date.now() - Date.parse(iso)) / 60000);
  if (minutes < 60) return minutes + ' min ago';
  return Math.round(minutes / 60) + ' h ago';
}

function renderList(items) {
  var $list = $('#notif-list');
  if (!items.length) {
    $list.html('<li class="empty">You are all caught up.</li>');
    return;
  }
  // message is the text another member wrote in a comment or mention
  // expect: xss
  $list.html(items.map(function (n) { return '<li data-id="' + n.id + '">' + n.message + '</li>'; }).join(''));
}

function renderPreview(item) {
  var $preview = $('#notif-preview');
  $preview.html(
    '<strong>' + escapeHtml(item.actorName) + '</strong> <span class="when">' + escapeHtml(timeAgo(item.createdAt)) + '</span>'
  );
  $preview.find('.excerpt').text(item.commentExcerpt);
  $preview.find('.title').text(item.threadTitle);
}

function renderCount(count) {
  var n = Math.max(0, parseInt(count, 10) || 0);
  $('#notif-count').text(n > 99 ? '99+' : String(n));
}

function clear() {
  $('#notif-list').html('');
  $('#notif-preview').empty();
}

function snapshot() {
  return $('#notif-list').html();
}

$(function () {
  $('#notif-bell').on('click', function () {
    $.getJSON('/api/notifications', function (data) {
      renderList(data.items);
      renderCount(data.unread);
    });
  });
  $('#notif-list').on('click', 'li', function () {
    var id = $(this).data('id');
    $.getJSON('/api/notifications/' + encodeURIComponent(id), renderPreview);
  });
  $('#notif-clear').on('click', clear);
  window.notifSnapshot = snapshot;
});
