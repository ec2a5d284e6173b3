// Old campaign landing page, still linked from partner newsletters (loaded synchronously in <head>).
(function () {
  'use strict';

  function queryParam(name) {
    var match = new RegExp('[?&]' + name + '=([^&#]*)').exec(window.location.search);
    return match ? decodeURIComponent(match[1].replace(/\+/g, ' ')) : '';
  }

  // Static banner, same for everyone.
  document.write('<div id="campaign-banner"><img src="/img/spring-sale.png" alt="Spring sale"></div>');

  // Greeting from the newsletter link: ?name=Ana
  // expect: xss
  document.write('<h2 class="greeting">Welcome back, ' + decodeURIComponent(location.search.split('name=')[1] || 'friend') + '!</h2>');

  // Which site served this page (our own host name; shown to the support team in the footer).
  document.write('<p class="served-by">Served by ' + location.hostname + '</p>');

  var coupon = queryParam('coupon');
  var banner = document.getElementById('campaign-banner');
  if (coupon && /^[A-Z0-9]{4,12}$/.test(coupon)) {
    var p = document.createElement('p');
    p.className = 'coupon';
    p.textContent = 'Your code: ' + coupon;
    banner.appendChild(p);
  }

  var ref = queryParam('ref');
  if (ref) {
    var img = new Image();
    img.src = '/t/landing.gif?ref=' + encodeURIComponent(ref);
  }

  // expect: xss
  document.write('<a class="back" href="' + document.location.hash.slice(1) + '">Back to the newsletter</a>');
})();
