(function () {
  'use strict';

  var form = document.getElementById('checkout-form');
  var notice = document.getElementById('checkout-notice');

  function showNotice(message) {
    notice.textContent = message;
    notice.hidden = false;
  }

  function validate(data) {
    if (!data.get('email')) {
      // expect: debug-enabled
      alert('Please enter your email address');
      return false;
    }
    return true;
  }

  form.addEventListener('submit', function (event) {
    var data = new FormData(form);
    // expect: debug-enabled
    debugger;
    if (!validate(data)) {
      event.preventDefault();
      return;
    }
    // expect: debug-enabled
    if (!window.confirm('Place order for ' + data.get('total') + '?')) {
      event.preventDefault();
    }
  });

  document.getElementById('apply-coupon').addEventListener('click', function () {
    // expect: debug-enabled
    var code = prompt('Coupon code');
    if (code) document.getElementById('coupon').value = code.trim();
  });

  document.getElementById('save-address').addEventListener('click', function () {
    showNotice('Address saved');
  });

  var ui = { alert: showNotice };
  ui.alert('Shipping is free over 50 EUR');

  window.addEventListener('error', function (e) {
    console.warn('checkout error', e.message);
  });
})();
