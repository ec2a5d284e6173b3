// library: jQuery
$(function () {
  const $list = $('#notifications');

  function escapeHtml(s) {
    return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  }

  $.getJSON('/api/notifications', function (items) {
    items.forEach(function (n) {
      // expect: xss
      $list.append('<li class="note">' + n.message + '</li>');
      $list.append($('<li class="note">').text(n.message));
      $list.append('<li class="note">' + escapeHtml(n.title) + '</li>');
    });
  });

  $(document).on('click', '.note', function () {
    const detail = $(this).data('detail');
    // expect: xss
    $('#detail').html(detail);
    $('#detail-title').text($(this).data('title'));
  });

  $('#banner').html('<strong>You have new notifications</strong>');

  window.addEventListener('message', function (e) {
    if (e.origin !== window.location.origin) return;
    $('#status').text(e.data.status);
  });

  $.get('/api/motd', function (html) {
    // expect: xss
    $('#motd').replaceWith(html);
  });
});
