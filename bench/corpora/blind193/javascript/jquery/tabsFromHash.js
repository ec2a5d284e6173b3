// Account settings page: tabs, deep links via the URL hash, and inline help.
(function ($) {
  'use strict';

  var DEFAULT_TAB = '#profile';

  function activate(tabId) {
    $('.settings-tabs a').removeClass('active');
    $('.settings-tabs a[href="' + tabId + '"]').addClass('active');
    $('.settings-panel').hide();
    $(tabId).show();
  }

  function openFromHash() {
    var id = window.location.hash.replace(/[^a-z-]/g, '');
    var $panel = $('#' + id);
    if (id && $panel.length && $panel.hasClass('settings-panel')) {
      activate('#' + id);
    } else {
      activate(DEFAULT_TAB);
    }
  }

  function showFlash() {
    // ?flash= is set by redirects after saving, but anyone can craft the link
    var flash = new URLSearchParams(window.location.search).get('flash');
    if (!flash) return;
    // expect: xss
    $('<p class="flash">' + flash + '</p>').prependTo('#settings-main');
  }

  function openKnownTab() {
    var wanted = window.location.hash.replace(/^#/, '');
    var known = ['profile', 'security', 'billing', 'notifications'];
    if (known.indexOf(wanted) !== -1) {
      activate('#' + wanted);
    }
  }

  function showHelp(topic) {
    var $box = $('#help-box');
    $box.find('.help-title').text(topic.title);
    $box.find('.help-body').text(topic.body);
    $box.show();
  }

  $(document).ready(function () {
    $('.settings-tabs').on('click', 'a', function (e) {
      e.preventDefault();
      var target = $(this).attr('href');
      history.replaceState(null, '', target);
      activate(target);
    });

    $('[data-help]').each(function (i, el) {
      $(el).on('click', function () {
        $.getJSON('/api/help/' + encodeURIComponent($(el).data('help')), showHelp);
      });
    });

    $(window).on('hashchange', openKnownTab);
    openFromHash();
    showFlash();
  });
})(jQuery);
