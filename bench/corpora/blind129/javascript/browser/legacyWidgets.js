/* Old embeddable widgets, still served to partner pages that include them with a plain <script>. */
(function () {
  'use strict';

  function param(name) {
    var match = new RegExp('[?&]' + name + '=([^&]*)').exec(window.location.search);
    return match ? decodeURIComponent(match[1].replace(/\+/g, ' ')) : '';
  }

  function writeGreeting() {
    // expect: xss
    document.write('<p class="greeting">Welcome back, ' + decodeURIComponent(location.search.split('name=')[1] || 'guest') + '</p>');
  }

  function writeReturnLink() {
    // expect: xss
    document.write('<a class="back" href="' + document.location.hash.substring(1) + '">Back to results</a>');
  }

  function writeTrackingPixel() {
    // expect: xss
    document.write('<img src="/px.gif?ref=' + location.href + '" width="1" height="1" alt="">');
  }

  function writeBanner() {
    document.write('<div class="banner">Spring sale: 20% off all plans</div>');
  }

  function writeCampaign() {
    var node = document.createElement('span');
    node.className = 'campaign';
    node.textContent = param('utm_campaign');
    document.getElementById('widget-root').appendChild(node);
  }

  function writeYear() {
    document.write('<span class="copyright">&copy; ' + new Date().getFullYear() + '</span>');
  }

  writeGreeting();
  writeReturnLink();
  writeTrackingPixel();
  writeBanner();
  writeCampaign();
  writeYear();
})();
