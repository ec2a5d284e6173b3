/* global jQuery */
// Tabs, deep links and the "jump to comment" helper of the project page.
jQuery(function ($) {
  'use strict';

  var $tabs = $('.project-tabs');

  function activate(selector) {
    // expect: xss
    var $panel = $(selector);
    $tabs.find('.active').removeClass('active');
    $panel.addClass('active').show();
  }

  // ?tab=%23issues opens the issues tab
  var requested = new URLSearchParams(window.location.search).get('tab');
  if (requested) {
    activate(requested);
  }

  // expect: xss
  $(decodeURIComponent(window.location.hash.substr(1))).addClass('highlight');

  var anchor = decodeURIComponent(location.search.split('comment=')[1] || '');
  if (anchor) {
    // expect: xss
    $(anchor).get(0).scrollIntoView();
  }

  // the previous page stores the element to restore focus to in window.name
  var restoreTo = window.name;
  if (restoreTo) {
    // expect: xss
    $(restoreTo).trigger('focus');
    window.name = '';
  }

  $('.project-tabs a').each(function (index, link) {
    $(link).on('click', function (e) {
      e.preventDefault();
      activate('#' + $(this).attr('data-tab').replace(/[^\w-]/g, ''));
    });
  });

  var TAB_IDS = ['overview', 'issues', 'settings'];
  var wanted = window.location.hash.slice(1);
  if (TAB_IDS.indexOf(wanted) !== -1) {
    $(document.getElementById(wanted)).addClass('active');
  }
  $(window).on('resize', function () { $tabs.toggleClass('compact', $(window).width() < 640); });
});
