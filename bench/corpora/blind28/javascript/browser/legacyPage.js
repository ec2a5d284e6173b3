// Inline scripts from the legacy landing page, moved into a bundle.
(function () {
  // expect: xss
  document.write(location.hash.substring(1));

  // expect: xss
  document.write('<p>Showing results for ' + decodeURIComponent(document.location.search.slice(3)) + '</p>');

  // expect: xss
  document.write(`<a href="${window.location.href}?print=1">Print this page</a>`);

  const campaign = new URLSearchParams(location.search).get('utm_campaign');
  // expect: xss
  document.writeln('<img src="/pixel.gif?c=' + campaign + '">');

  document.write('<p class="loading">Loading…</p>');
  document.getElementById('hash-label').textContent = location.hash.substring(1);
  document.write('<p>Build ' + window.APP_VERSION + '</p>');
})();
