// jQuery: .html(), $(html), .append() with server data and location.hash
$(function () {
  const $out = $('#message');

  $.getJSON('/api/inbox/latest', function (data) {
    // expect: xss
    $out.html(data.message);
    $('#sender').text(data.sender);
  });

  // expect: xss
  const $target = $(decodeURIComponent(window.location.hash.slice(1)));
  $target.addClass('highlight');

  const selected = decodeURIComponent(location.hash.substring(1));
  $('#tabs a').filter(function () {
    return $(this).attr('href') === '#' + selected;
  }).addClass('active');

  $.get('/api/comments', function (comments) {
    comments.forEach(function (c) {
      // expect: xss
      $('#comments').append('<li><b>' + c.author + '</b>: ' + c.text + '</li>');
      $('<li>').text(c.author + ': ' + c.text).appendTo('#comments-plain');
    });
  });

  const name = new URLSearchParams(location.search).get('name');
  // expect: xss
  $('<div class="hello">Hi ' + name + '</div>').appendTo('body');

  $('#loading').html('<span class="spinner"></span>');
});
