'use strict';

// Inline script of the campaign landing page (document.write so it runs
// before the hero image loads, as the agency's template expects).

function campaignName() {
  var params = new URLSearchParams(location.search);
  return params.get('campaign') || 'default';
}

function safeText(s) {
  return String(s).replace(/[&<>"']/g, function (c) {
    return '&#' + c.charCodeAt(0) + ';';
  });
}

function writeGreeting() {
  // "#<img src=x onerror=...>" in a shared link runs on our origin
  // expect: xss
  document.write('<p class="greeting">Welcome, ' + decodeURIComponent(location.hash.slice(1)) + '!</p>');
}

function writeCampaignBanner() {
  // expect: xss
  document.write('<h2 class="banner">' + new URLSearchParams(document.location.search).get('headline') + '</h2>');
}

function writePixel() {
  document.write('<img class="px" alt="" src="/px.gif?p=' + encodeURIComponent(location.pathname) + '">');
}

function writeCampaignClass() {
  document.write('<div class="campaign-' + safeText(campaignName()).replace(/[^a-z0-9-]/gi, '') + '"></div>');
}

function writeFooter() {
  document.write('<footer><a href="/privacy">Privacy</a></footer>');
}

writeGreeting();
writeCampaignBanner();
writePixel();
writeCampaignClass();
writeFooter();
