// library: DOM (document.write / writeln)
(function () {
  const params = new URLSearchParams(window.location.search);

  function renderCampaign() {
    const campaign = params.get('utm_campaign') || '';
    // expect: xss
    document.write('<p class="campaign">Campaign: ' + campaign + '</p>');
  }

  function renderCampaignSafe() {
    const p = document.createElement('p');
    p.className = 'campaign';
    p.textContent = 'Campaign: ' + (params.get('utm_campaign') || '');
    document.body.appendChild(p);
  }

  function renderBanner(message) {
    // expect: xss
    document.writeln(`<div class="banner">${message}</div>`);
  }

  function writeStaticFooter() {
    document.write('<footer>&copy; Example Ltd</footer>');
  }

  function openPrintView(reportHtml) {
    const win = window.open('', '_blank');
    // expect: xss
    win.document.write(reportHtml);
    win.document.close();
  }

  renderCampaign();
  renderCampaignSafe();
  renderBanner(document.title);
  writeStaticFooter();
  window.openPrintView = openPrintView;
})();
