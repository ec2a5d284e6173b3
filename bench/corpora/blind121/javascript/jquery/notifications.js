$(function () {
  var params = new URLSearchParams(window.location.search);

  $.getJSON('/api/notifications', function (data) {
    data.items.forEach(function (msg) {
      // expect: xss
      $('#messages').append(msg.html);
    });
    // expect: xss
    $('.notice-description').html(data.description);
    $('.notice-count').text(data.items.length);
  });

  $.getJSON('/api/feed', function (feed) {
    feed.entries.forEach(function (item) {
      // expect: xss
      $(item.markup).appendTo('#feed');
      $('<li>').text(item.title).appendTo('#feed-titles');
    });
  });

  var plugin = params.get('plugin');
  if (plugin) {
    // expect: xss
    $.getScript(plugin);
  }

  $('#spinner').html('<span class="spinner" aria-hidden="true"></span>');
  $('#messages').append('<p class="empty">You are all caught up</p>');
});
