/* global $ */
$(function () {
  var $cart = $('#mini-cart');
  var rowTemplate = $('#cart-row-tpl').html();

  function refresh() {
    $('#spinner').html('<span class="spin" aria-hidden="true"></span>');
    $.getJSON('/cart.json', function (data) {
      // expect: xss
      $('#cart-total').html(data.totalHtml);
      $cart.find('tbody').empty();
      data.items.forEach(function (item) {
        var $row = $('<tr>');
        // expect: xss
        $row.html('<td>' + item.name + '</td><td>' + item.qty + '</td>');
        $cart.find('tbody').append($row);
      });
      $('#cart-count').text(data.items.length);
      $('#spinner').empty();
    });
  }

  $cart.on('click', '.remove', function () {
    var id = $(this).data('id');
    $.post('/cart/remove', { id: id }, function (resp) {
      // expect: xss
      $('.flash').html(resp.message);
      refresh();
    });
  });

  // Safe look-alikes: literal markup, text(), reading the template.
  $('#cart-empty').html('<p>Your cart is empty.</p>');
  $('#cart-title').text($cart.data('title'));
  console.debug('row template length', rowTemplate.length);

  refresh();
});
