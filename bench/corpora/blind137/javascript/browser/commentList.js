/* global $ */
// Renders the comment thread of an article page.

function escapeHtml(text) {
  return String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function renderComment(comment) {
  // expect: xss
  return ['<li class="comment">', '<b>', comment.author, '</b>: ', comment.body, '</li>'].join('');
}

function renderRow(order) {
  const cells = [order.id, order.customer, order.total].map((v) => '<td>' + escapeHtml(v) + '</td>');
  return '<tr>' + cells.join('') + '</tr>';
}

function renderTooltip(user) {
  // expect: xss
  return ['<div class="tip"><img src="', user.avatarUrl, '"><span>', user.displayName, '</span></div>'].join('');
}

function renderBadge(label) {
  return ['<span class="badge">', escapeHtml(label), '</span>'].join('');
}

function renderSearchSummary(query, count) {
  const words = [count, 'results for', query].join(' ');
  // expect: xss
  return ['<p class="summary">', words, '</p>'].join('\n');
}

function renderDivider() {
  return ['<hr>', '<br>'].join('');
}

$(function () {
  $.getJSON('/api/articles/' + $('#thread').data('article') + '/comments', function (comments) {
    $('#thread').append(comments.map(renderComment).join(''));
    $('#thread').append(renderDivider());
  });
});

window.commentView = { renderComment, renderRow, renderTooltip, renderBadge, renderSearchSummary };
