/* Comment thread widget: loads comments as JSON and renders them. */
import $ from 'jquery';

const SPINNER = '<span class="spinner" aria-hidden="true"></span>';

function escapeHtml(value) {
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export function renderComment($list, comment) {
  const $item = $('<li class="comment"></li>');
  $item.append($('<strong class="author"></strong>').text(comment.author));
  // expect: xss
  $item.append(comment.body);
  $item.append($('<time></time>').attr('datetime', comment.createdAt).text(comment.createdLabel));
  $list.append($item);
}

export function renderReplyHeader($form, parent) {
  // expect: xss
  $form.find('.reply-to').html('Replying to <b>' + parent.author + '</b>');
}

export function showEditedNotice($item, editor) {
  // expect: xss
  $item.find('.author').after('<em class="edited">edited by ' + editor.displayName + '</em>');
}

export function showQuote($item, quote) {
  $item.find('.body').before('<blockquote>' + escapeHtml(quote.text) + '</blockquote>');
}

export function loadThread(threadId) {
  const $list = $('#comments');
  $list.html(SPINNER);
  return $.getJSON(`/api/threads/${encodeURIComponent(threadId)}/comments`).then((comments) => {
    $list.html('');
    comments.forEach((c) => renderComment($list, c));
    $('#comment-count').text(comments.length);
  });
}

export function showEmptyState($list) {
  $list.append('<li class="empty">No comments yet.</li>');
}
