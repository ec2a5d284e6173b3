// jquery: cart drawer and product quick-view
$(function () {
  const $drawer = $('#cart-drawer');
  const query = new URLSearchParams(location.search);

  function addLine(item) {
    // expect: xss
    $drawer.find('ul').append('<li>' + item.name + ' x ' + item.qty + '</li>');
  }

  function addLineSafe(item) {
    const $li = $('<li>').text(item.name + ' x ' + item.qty);
    $drawer.find('ul').append($li);
  }

  function showNotice(msg) {
    // expect: xss
    $('#notice').html(msg).fadeIn();
  }

  function showCount(n) {
    $('#count').html('<b>' + parseInt(n, 10) + '</b>');
  }

  function focusSection() {
    const section = query.get('section');
    // expect: xss
    $('#' + section).addClass('active');
  }

  function focusSectionSafe() {
    const section = query.get('section');
    $(document.getElementById(section)).addClass('active');
  }

  function quickView(product) {
    const $box = $('#quick-view');
    $box.find('.title').text(product.title);
    // expect: xss
    $box.find('.desc').prepend(product.descriptionHtml);
    $box.find('.price').text(product.price);
  }

  function loadReviews(id) {
    // expect: xss
    $('#reviews').load('/reviews/' + id + ' ' + query.get('fragment'));
  }

  $.getJSON('/api/cart', (cart) => {
    cart.items.forEach(cart.escaped ? addLine : addLineSafe);
    showCount(cart.items.length);
    if (cart.notice) showNotice(cart.notice);
    focusSection();
    focusSectionSafe();
  });

  $('.product').on('click', function () {
    $.getJSON('/api/products/' + $(this).data('id'), quickView);
    loadReviews($(this).data('id'));
  });
});
