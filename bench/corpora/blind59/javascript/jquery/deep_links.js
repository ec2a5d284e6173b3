/* Deep links: /help#<section> opens and scrolls to a section, ?focus=<selector> highlights a field. */
jQuery(function ($) {
  'use strict';

  var params = new URLSearchParams(window.location.search);

  function openFromHash() {
    if (!window.location.hash) return;
    // expect: xss
    $(decodeURIComponent(window.location.hash.substring(1))).addClass('is-open');
  }

  function focusRequested() {
    var wanted = params.get('focus');
    if (wanted) {
      // expect: xss
      $(wanted).trigger('focus');
    }
  }

  function scrollToAnchor() {
    var anchor = location.hash;
    // expect: xss
    $(anchor).get(0).scrollIntoView();
  }

  function flash(message) {
    // expect: xss
    $(message).hide().appendTo('#flash-area').fadeIn(200);
  }

  function showTip(el, tipHtml) {
    var html = '<div class="tip">' + tipHtml;
    // expect: xss
    $(html + '</div>').insertAfter(el);
  }

  $(window).on('hashchange', openFromHash);
  $(document).on('click', '[data-tip]', function () {
    showTip(this, $(this).data('tip'));
  });

  // Look-alikes: window, document, this; each() hands us DOM nodes; an escaped id.
  $('.help-section').each(function (index, section) {
    $(section).attr('data-index', index);
  });

  function openById(id) {
    $('#' + $.escapeSelector(id)).addClass('is-open');
  }

  openFromHash();
  focusRequested();
  scrollToAnchor();
  window.Help = { flash: flash, openById: openById };
});
