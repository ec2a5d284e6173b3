// jquery: a tiny hash router and tab switcher (selectors and HTML from location)
(function ($) {
  'use strict';

  var TABS = ['overview', 'specs', 'reviews', 'shipping'];

  function showTab(name) {
    if (TABS.indexOf(name) === -1) name = 'overview';
    $('.tab-pane').hide();
    $('#tab-' + name).show();
    $('.tabs a').removeClass('active').filter('[data-tab="' + name + '"]').addClass('active');
  }

  function route() {
    var raw = decodeURIComponent(window.location.hash.slice(1));
    // expect: xss
    $(raw).addClass('highlighted');
    showTab(raw);
  }

  function routeSafe() {
    var name = window.location.hash.replace(/^#/, '');
    if (/^[a-z]+$/.test(name)) {
      $('#tab-' + name).addClass('highlighted');
    }
  }

  function showMessage() {
    var m = /[?&]msg=([^&]*)/.exec(window.location.search);
    if (!m) return;
    var text = decodeURIComponent(m[1].replace(/\+/g, ' '));
    // expect: xss
    $('<div class="toast">' + text + '</div>').appendTo('body').fadeOut(4000);
    $('<div class="toast"/>').text(text).appendTo('#toasts');
  }

  function loadPartial(name) {
    var safe = TABS.indexOf(name) !== -1 ? name : 'overview';
    $('#partial').load('/partials/' + safe + '.html');
  }

  function setTitle() {
    var title = new URLSearchParams(location.search).get('title');
    // expect: xss
    $('h1.page-title').prepend(title);
    document.title = title || document.title;
  }

  function linkTo(ref) {
    // expect: xss
    $('a.continue').prop('href', ref);
  }

  $(window).on('hashchange', route);
  $(function () {
    route();
    routeSafe();
    showMessage();
    setTitle();
    loadPartial($('body').data('tab'));
    linkTo(new URLSearchParams(location.search).get('continue'));
  });
})(jQuery);
