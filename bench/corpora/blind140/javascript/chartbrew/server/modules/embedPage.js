const escapeHtml = require("escape-html");

function embedPage(chart) {
  return `<!doctype html><html><head><title>${escapeHtml(chart.name)}</title></head>`
    + `<body><div id="chart" data-id="${Number(chart.id)}"></div></body></html>`;
}

function embedTitle(chart) {
  return `<h2 class="chart-title">${chart.name}</h2>`;
}

module.exports = { embedPage, embedTitle };
