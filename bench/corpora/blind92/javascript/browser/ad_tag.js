/* Legacy partner tag, still loaded on the marketing site. */
(function () {
  var PARTNER_HOST = 'https://px.partner-metrics.example';

  function escapeHtml(s) {
    return String(s)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&#39;');
  }

  function campaignFromQuery() {
    var m = /[?&]utm_campaign=([^&]*)/.exec(window.location.search);
    return m ? decodeURIComponent(m[1]) : '';
  }

  // expect: xss
  document.write('<img src="' + PARTNER_HOST + '/p.gif?ref=' + document.location.href + '" width="1" height="1">');

  if (window.location.hash.indexOf('#promo=') === 0) {
    // expect: xss
    document.write('<div class="promo-banner">' + decodeURIComponent(location.hash.slice(7)) + '</div>');
  }

  var campaign = campaignFromQuery();
  if (campaign) {
    // expect: xss
    document.write('<p class="campaign">Welcome from ' + decodeURIComponent(document.location.search.split('from=')[1] || '') + '</p>');
  }

  // expect: xss
  document.write(unescape(location.search.substring(1)));

  document.write('<noscript><img src="' + PARTNER_HOST + '/ns.gif"></noscript>');
  document.write('<span class="page">' + escapeHtml(location.pathname) + '</span>');
  document.title = 'Offers | ' + campaign;
})();
