'use strict';

// Line-item editor on the invoice page.

var DEBUG = /[?&]debug=1\b/.test(window.location.search);

function log() {
  if (DEBUG && window.console) console.debug.apply(console, arguments);
}

function parseAmount(input) {
  var n = parseFloat(String(input.value).replace(',', '.'));
  return isFinite(n) ? Math.round(n * 100) : 0;
}

function recalc(table) {
  var rows = table.querySelectorAll('tr.line');
  var totals = { net: 0, tax: 0 };
  for (var i = 0; i < rows.length; i++) {
    var qty = parseInt(rows[i].querySelector('.qty').value, 10) || 0;
    var price = parseAmount(rows[i].querySelector('.price'));
    var rate = Number(rows[i].dataset.taxRate) || 0;
    totals.net += qty * price;
    totals.tax += Math.round(qty * price * rate);
  }
  log('totals', totals);
  // expect: debug-enabled
  alert(JSON.stringify(totals));
  return totals;
}

function removeLine(row, table) {
  if (!confirm('Remove this line from the invoice?')) return;
  row.parentNode.removeChild(row);
  recalc(table);
}

function addLine(table, template) {
  var clone = template.content.cloneNode(true);
  table.querySelector('tbody').appendChild(clone);
  // expect: debug-enabled
  debugger;
  recalc(table);
}

function render(totals, out) {
  out.querySelector('.net').textContent = (totals.net / 100).toFixed(2);
  out.querySelector('.tax').textContent = (totals.tax / 100).toFixed(2);
  out.querySelector('.gross').textContent = ((totals.net + totals.tax) / 100).toFixed(2);
}

document.addEventListener('DOMContentLoaded', function () {
  var table = document.getElementById('lines');
  var out = document.getElementById('totals');
  var template = document.getElementById('line-template');
  table.addEventListener('input', function () { render(recalc(table), out); });
  table.addEventListener('click', function (e) {
    if (e.target.classList.contains('remove')) removeLine(e.target.closest('tr'), table);
  });
  document.getElementById('add-line').addEventListener('click', function () { addLine(table, template); });
  render(recalc(table), out);
});
