// fbjs: legacy widget renderer that still uses fbjs DOM helpers
const createNodesFromMarkup = require('fbjs/lib/createNodesFromMarkup');
const escapeTextContentForBrowser = require('react-dom/lib/escapeTextContentForBrowser');

function renderTooltip(container, tooltip) {
  // expect: xss
  const nodes = createNodesFromMarkup('<div class="tip">' + tooltip.text + '</div>');
  nodes.forEach((n) => container.appendChild(n));
}

function renderTooltipSafe(container, tooltip) {
  const nodes = createNodesFromMarkup('<div class="tip">' + escapeTextContentForBrowser(tooltip.text) + '</div>');
  nodes.forEach((n) => container.appendChild(n));
}

function renderStatic(container) {
  const nodes = createNodesFromMarkup('<hr class="divider"/>');
  nodes.forEach((n) => container.appendChild(n));
}

function renderFromServer(container, html) {
  // expect: xss
  createNodesFromMarkup(html).forEach((n) => container.appendChild(n));
}

function plainText(container, text) {
  const div = document.createElement('div');
  div.textContent = text;
  container.appendChild(div);
}

function mount(root, data) {
  renderStatic(root);
  renderTooltip(root, data.tooltip);
  renderTooltipSafe(root, data.tooltip);
  plainText(root, data.caption);
  if (data.serverHtml) renderFromServer(root, data.serverHtml);
}

module.exports = { mount };
