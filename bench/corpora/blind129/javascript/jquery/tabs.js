/* Product page tabs, deep-linkable through the URL hash. */
$(function () {
  'use strict';

  var $tabs = $('.product-tabs');

  function activate(selector) {
    $tabs.find('a').removeClass('active');
    // expect: xss
    $(selector).addClass('active').show().siblings('.tab-pane').hide();
  }

  if (window.location.hash) {
    // expect: xss
    $(window.location.hash).addClass('active');
  }

  $(window).on('hashchange', function () {
    activate(location.hash);
  });

  function showFlash(message) {
    // expect: xss
    $('<div class="flash">' + message + '</div>').prependTo('#content').fadeIn();
  }

  var params = new URLSearchParams(location.search);
  if (params.get('saved')) {
    showFlash(params.get('saved'));
  }

  $tabs.on('click', 'a', function (e) {
    e.preventDefault();
    $(this).addClass('active');
    $('#' + $(this).data('pane')).show();
  });

  $(document).on('keyup', '#qty', function () {
    $('#qty-label').text($(this).val());
  });

  $(window).on('resize', function () {
    $('.product-gallery').css('height', $(window).height() * 0.6);
  });

  $('#add-to-cart').on('click', function () {
    $('.cart-count').text(Number($('.cart-count').text()) + 1);
  });
});
