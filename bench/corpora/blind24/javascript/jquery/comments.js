/* global $ */
// Comment widget on the article pages (jQuery 3).
$(function () {
  const params = new URLSearchParams(window.location.search);
  const highlight = params.get('highlight');

  $('#comment-form').on('submit', function (e) {
    e.preventDefault();
    const text = $('#comment-text').val();
    $('<li class="comment"></li>').text(text).appendTo('#comments');
  });

  if (highlight) {
    // expect: xss
    $('#banner').html('Showing comments matching <b>' + highlight + '</b>');
  }

  const anchor = window.location.hash.slice(1);
  // expect: xss
  $(anchor).addClass('focused');
  $('#' + CSS.escape(anchor)).addClass('focused');

  $.getJSON('/api/comments', function (comments) {
    comments.forEach(function (c) {
      // expect: xss
      $('#comments').append('<li>' + c.author + ': ' + c.body + '</li>');
      $('#count').text(comments.length);
    });
  });

  const name = params.get('name') || '';
  $('#greeting').text('Hello ' + name);
  // expect: xss
  $('#greeting-html').prepend(`<span>${name}</span>`);
});
