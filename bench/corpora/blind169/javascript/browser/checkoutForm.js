/* Checkout form: validation, removal of items and submission. */
(function () {
  'use strict';

  var form = document.getElementById('checkout');
  var errors = document.getElementById('checkout-errors');
  var DEBUG = window.location.search.indexOf('debug=1') !== -1 && window.__ENV__ === 'staging';

  function showErrors(list) {
    errors.textContent = '';
    list.forEach(function (message) {
      var li = document.createElement('li');
      li.textContent = message;
      errors.appendChild(li);
    });
  }

  function validate(data) {
    var problems = [];
    if (!/^\S+@\S+\.\S+$/.test(data.get('email') || '')) {
      problems.push('Enter a valid e-mail address.');
    }
    if (!data.get('postcode')) {
      problems.push('Enter your postcode.');
    }
    return problems;
  }

  document.querySelectorAll('.remove-item').forEach(function (button) {
    button.addEventListener('click', function () {
      if (confirm('Remove this item from your basket?')) {
        button.closest('form').submit();
      }
    });
  });

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var data = new FormData(form);
    var problems = validate(data);
    if (problems.length) {
      showErrors(problems);
      return;
    }
    // expect: unreachable
    debugger;
    if (DEBUG) {
      console.debug('checkout payload', Object.fromEntries(data.entries()));
    }
    fetch('/checkout', { method: 'POST', body: data, credentials: 'same-origin' })
      .then(function (response) { return response.json(); })
      .then(function (result) {
        window.location.assign('/orders/' + encodeURIComponent(result.orderId));
      })
      .catch(function () {
        showErrors(['Something went wrong. Please try again.']);
      });
  });
})();
