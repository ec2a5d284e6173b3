const createNodesFromMarkup = require('fbjs/lib/createNodesFromMarkup');
// The DOM helpers grouped the way the app's render layer imports them.
const fbjsLib = { createNodesFromMarkup };

function renderSnippet(container, snippet) {
  // expect: xss
  const nodes = createNodesFromMarkup(snippet.html);
  nodes.forEach((n) => container.appendChild(n));
}

function renderMessage(container, msg) {
  const markup = '<p class="msg">' + msg.author + ': ' + msg.text + '</p>';
  // expect: xss
  createNodesFromMarkup(markup, (script) => container.appendChild(script)).forEach((n) => container.appendChild(n));
}

class Preview {
  constructor(el) {
    this.el = el;
    this.build = fbjsLib.createNodesFromMarkup;
  }
  show(html) {
    // expect: xss
    for (const node of fbjsLib.createNodesFromMarkup(`<div>${html}</div>`)) {
      this.el.appendChild(node);
    }
  }
}

function fromHash(root) {
  const fragment = decodeURIComponent(window.location.hash.slice(1));
  // expect: xss
  const built = createNodesFromMarkup(fragment);
  built.forEach((n) => root.appendChild(n));
}

// Safe look-alikes: constant markup, and text nodes for user data.
function renderSpinner(container) {
  createNodesFromMarkup('<div class="spinner"></div>').forEach((n) => container.appendChild(n));
}

function renderText(container, text) {
  const p = document.createElement('p');
  p.textContent = text;
  container.appendChild(p);
}

module.exports = { renderSnippet, renderMessage, Preview, fromHash, renderSpinner, renderText };
