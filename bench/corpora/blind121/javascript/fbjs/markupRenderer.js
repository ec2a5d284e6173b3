const createNodesFromMarkup = require('fbjs/lib/createNodesFromMarkup');
const DOMPurify = require('dompurify');

function appendComment(list, comment) {
  // expect: xss
  const nodes = createNodesFromMarkup(comment.html);
  nodes.forEach((node) => list.appendChild(node));
}

async function loadWidget(container, url) {
  const response = await fetch(url);
  const body = await response.text();
  // expect: xss
  createNodesFromMarkup(body, (script) => container.appendChild(script)).forEach((n) => container.appendChild(n));
}

function appendRow(tbody, cells) {
  // expect: xss
  const [row] = createNodesFromMarkup('<tr>' + cells.join('') + '</tr>');
  tbody.appendChild(row);
}

function showPlaceholder(list) {
  createNodesFromMarkup('<li class="placeholder">Loading…</li>').forEach((n) => list.appendChild(n));
}

function appendCleanNote(box, html) {
  createNodesFromMarkup(DOMPurify.sanitize(html)).forEach((n) => box.appendChild(n));
}

module.exports = { appendComment, loadWidget, appendRow, showPlaceholder, appendCleanNote };
