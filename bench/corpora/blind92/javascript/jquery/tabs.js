/* global $ */
$(function () {
  'use strict';

  var params = new URLSearchParams(window.location.search);

  function activate(panelId) {
    $('.tab-panel').removeClass('active');
    $('#' + panelId).addClass('active');
  }

  $('.tabs a').on('click', function (e) {
    e.preventDefault();
    activate($(this).attr('href').slice(1));
  });

  var opened = params.get('open');
  if (opened) {
    // expect: xss
    $(opened).addClass('highlight');
  }

  // expect: xss
  $(decodeURIComponent(window.location.hash.slice(1))).show();

  if (window.name) {
    // expect: xss
    $(window.name).appendTo('#restored-state');
  }

  var message = location.search.split('flash=')[1];
  if (message) {
    // expect: xss
    $('<div class="flash">' + decodeURIComponent(message) + '</div>').prependTo('body');
  }

  $(window).on('resize', function () {
    $('.tabs').toggleClass('compact', $(window).width() < 600);
  });

  $(document).on('keydown', function (e) {
    if (e.key === 'Escape') $('.tab-panel.active').removeClass('active');
  });
});
