/* global jQuery, DOMPurify */
(function ($) {
  'use strict';

  var $cart = $('#mini-cart');
  var spinner = '<span class="spinner" aria-hidden="true"></span>';

  function renderLine(item) {
    return $('<tr><td class="name"></td><td class="qty"></td></tr>').attr('data-sku', item.sku);
  }

  function refresh() {
    $cart.find('.status').html('<span class="spinner"></span>');
    $.getJSON('/api/cart').done(function (cart) {
      $cart.find('.count').text(cart.items.length);
      // expect: xss
      $cart.find('.promo').html(cart.promoMessage);
      cart.items.forEach(function (item) {
        var $row = renderLine(item).appendTo($cart.find('tbody'));
        $row.find('td.name').text(item.name);
        $row.find('td.qty').text(String(item.qty));
      });
    }).fail(function (xhr) {
      // expect: xss
      $('#cart-error').html(`<p class="error">${xhr.responseText}</p>`);
    });
  }

  $(document).on('click', '.apply-coupon', function () {
    var code = $('#coupon').val();
    var $notice = $(this).closest('form').find('.coupon-notice');
    // expect: xss
    $notice.html('Coupon <b>' + code + '</b> applied');
  });

  $(document).on('change', '.gift-note', function () {
    var note = $(this).val();
    var previewHtml = note.replace(/\n/g, '<br>');
    // expect: xss
    $(this).siblings('.gift-preview').html(previewHtml);
  });

  function restoreDraft() {
    var saved = $('#draft-area').html();
    $('#draft-area').html(DOMPurify.sanitize(saved));
    $cart.find('.status').html(spinner);
  }

  $(refresh);
  $(restoreDraft);
})(jQuery);
