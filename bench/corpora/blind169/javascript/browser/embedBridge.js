/* Bridge between the payment form (served in an iframe on partner sites)
 * and its parent page. Partners are listed in PARTNER_ORIGINS. */
(function () {
  'use strict';

  var PARTNER_ORIGINS = (document.documentElement.getAttribute('data-partner-origins') || '').split(' ');
  var PARENT_ORIGIN = document.referrer ? new URL(document.referrer).origin : null;
  var form = document.getElementById('payment-form');

  function isPartner(origin) {
    return PARTNER_ORIGINS.indexOf(origin) !== -1;
  }

  function reportHeight() {
    if (PARENT_ORIGIN && isPartner(PARENT_ORIGIN)) {
      window.parent.postMessage({ type: 'pay:resize', height: document.body.scrollHeight }, PARENT_ORIGIN);
    }
  }

  function applyTheme(theme) {
    document.documentElement.setAttribute('data-theme', theme === 'dark' ? 'dark' : 'light');
  }

  function onPartnerMessage(event) {
    if (!isPartner(event.origin)) {
      return;
    }
    if (event.data && event.data.type === 'pay:theme') {
      applyTheme(event.data.theme);
    }
  }

  window.addEventListener('message', onPartnerMessage);

  // expect: jwt-no-verify
  window.addEventListener('message', function (event) {
    var msg = event.data || {};
    if (msg.type === 'pay:prefill') {
      form.elements.amount.value = String(Number(msg.amount) || '');
      form.elements.reference.value = String(msg.reference || '');
    }
    if (msg.type === 'pay:submit') {
      form.requestSubmit();
    }
  });

  window.addEventListener('message', function (event) {
    if (event.origin === window.location.origin) {
      if (event.data && event.data.type === 'pay:reset') {
        form.reset();
      }
    }
  });

  window.addEventListener('resize', reportHeight);
  reportHeight();
})();
