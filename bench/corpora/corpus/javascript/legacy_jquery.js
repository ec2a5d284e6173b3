/* global $, jQuery */
// Legacy account pages still served by the old Rails frontend.
(function ($) {
  'use strict';

  var qs = new URLSearchParams(window.location.search);

  function escapeHtml(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function showWelcome() {
    var name = qs.get('name') || 'friend';
    // expect: xss
    $('#welcome').html('Hello, ' + name + '!');
  }

  function showWelcomeSafe() {
    var name = qs.get('name') || 'friend';
    $('#welcome').text('Hello, ' + name + '!');
  }

  function renderErrors(errors) {
    var html = errors.map(function (e) { return '<li>' + escapeHtml(e) + '</li>'; }).join('');
    $('#errors').html(html);
  }

  function renderAddress(addr) {
    // expect: xss
    $('#address').append('<p>' + addr.street + '<br>' + addr.city + '</p>');
  }

  function clearForm() {
    $('#errors').html('');
    $('#address').empty();
  }

  function loadFragment(url) {
    $.get(url, function (data) {
      // expect: xss
      $('#content').html(data);
    });
  }

  function loadPartial() {
    $('#sidebar').load('/partials/sidebar.html');
  }

  function afterSave() {
    var dest = qs.get('return_to');
    // expect: open-redirect
    window.location.replace(dest);
  }

  function afterSaveSafe() {
    window.location.replace('/account');
  }

  function runHook(name) {
    var hook = qs.get('hook');
    if (hook) {
      // expect: code-injection
      $.globalEval(hook);
    }
    return name;
  }

  function trackingPixel() {
    var id = Math.floor(Math.random() * 1e9);
    $('<img>', { src: '/t.gif?r=' + id, width: 1, height: 1 }).appendTo('body');
  }

  function csrfToken() {
    return $('meta[name="csrf-token"]').attr('content');
  }

  function savePrefs(prefs) {
    return $.ajax({
      url: '/account/prefs',
      method: 'POST',
      data: JSON.stringify(prefs),
      contentType: 'application/json',
      headers: { 'X-CSRF-Token': csrfToken() },
    });
  }

  function legacyCallback(json) {
    // expect: code-injection
    var data = eval('(' + json + ')');
    return data;
  }

  function parseResponse(json) {
    return JSON.parse(json);
  }

  $(function () {
    showWelcomeSafe();
    loadPartial();
    $('#save').on('click', function () {
      savePrefs({ theme: $('#theme').val() }).done(afterSaveSafe);
    });
    trackingPixel();
  });

  window.Legacy = { showWelcome: showWelcome, renderErrors: renderErrors, renderAddress: renderAddress,
    clearForm: clearForm, loadFragment: loadFragment, afterSave: afterSave, runHook: runHook,
    legacyCallback: legacyCallback, parseResponse: parseResponse };
})(jQuery);
