// Legacy tracking / campaign snippets still included on landing pages.
(function () {
  // expect: xss
  document.write('<img src="/px.gif?ref=' + document.location.search.substring(1) + '" width="1" height="1">');

  var campaign = decodeURIComponent(location.hash.replace('#utm=', ''));
  // expect: xss
  document.write('<div class="campaign">' + campaign + '</div>');

  function writeBackLink() {
    // expect: xss
    document.write(`<a class="back" href="${location.pathname}?from=${location.search}">Back</a>`);
  }

  function debugBanner() {
    if (/debug=1/.test(location.search)) {
      // expect: xss
      document.write(location.href);
    }
  }

  // Safe look-alikes: constant markup, an encoded URL in a double-quoted
  // attribute, and text that never goes through the HTML parser.
  document.write('<script src="/static/js/vendor/polyfills.js"><\/script>');
  document.write('<img src="/px.gif?u=' + encodeURIComponent(location.href) + '" alt="">');
  var node = document.getElementById('campaign-label');
  if (node) node.textContent = campaign;

  writeBackLink();
  debugBanner();
})();
