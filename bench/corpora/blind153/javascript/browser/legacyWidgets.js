/* Legacy landing-page widgets, loaded with a plain <script> tag. */
(function () {
  'use strict';

  function param(name) {
    var match = new RegExp('[?&]' + name + '=([^&]*)').exec(window.location.search);
    return match ? decodeURIComponent(match[1].replace(/\+/g, ' ')) : '';
  }

  function escapeHtml(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function writeGreeting() {
    // expect: xss
    document.write('<h2>Welcome back, ' + decodeURIComponent(location.hash.slice(1)) + '</h2>');
  }

  function writeCampaignBanner() {
    // expect: xss
    document.write('<div class="banner">' + document.location.search.substring(1) + '</div>');
  }

  function writeSearchEcho() {
    var q = param('q');
    document.write('<p>Results for ' + escapeHtml(q) + '</p>');
  }

  function writeReturnLink() {
    // expect: xss
    document.write('<a href="' + location.href.split('return=')[1] + '">Back</a>');
  }

  function writeTrackingPixel() {
    document.write('<img src="/px.gif?t=' + Date.now() + '" width="1" height="1" alt="">');
  }

  function writeYear() {
    document.write(String(new Date().getFullYear()));
  }

  window.LegacyWidgets = {
    greeting: writeGreeting,
    banner: writeCampaignBanner,
    searchEcho: writeSearchEcho,
    returnLink: writeReturnLink,
    pixel: writeTrackingPixel,
    year: writeYear,
  };
})();
