/* global $, jQuery */
(function ($) {
  'use strict';

  function flash(message) {
    $('#flash').text(message).show();
  }

  function renderUserCard(user) {
    // expect: xss
    $('#user-card').html('<h3>' + user.displayName + '</h3><p>' + user.bio + '</p>');
  }

  function renderUserCardSafe(user) {
    var card = $('<div class="card"/>');
    card.append($('<h3/>').text(user.displayName));
    card.append($('<p/>').text(user.bio));
    $('#user-card').empty().append(card);
  }

  function renderFilters(filters) {
    $('#filters').html('<span class="spinner"></span>');
    var q = new URLSearchParams(window.location.search).get('filter') || '';
    // expect: xss
    $('#filters').append('<input type="text" value="' + q + '">');
  }

  function legacyBanner() {
    var campaign = location.hash.slice(1);
    // expect: xss
    document.write('<div class="banner">' + decodeURIComponent(campaign) + '</div>');
  }

  function goBack() {
    var ref = new URLSearchParams(window.location.search).get('return');
    // expect: open-redirect
    window.location.assign(ref);
  }

  function goHome() {
    window.location.assign('/admin/');
  }

  function jitter(ms) {
    return ms + Math.floor(Math.random() * 250);
  }

  function poll() {
    $.getJSON('/admin/api/status', function (data) {
      $('#status').text(data.state);
      setTimeout(poll, jitter(3000));
    });
  }

  $(function () {
    $.getJSON('/admin/api/me', function (user) {
      renderUserCard(user);
      renderUserCardSafe(user);
    });
    renderFilters();
    legacyBanner();
    $('#back').on('click', goBack);
    $('#home').on('click', goHome);
    poll();
    flash('ready');
  });
})(jQuery);
