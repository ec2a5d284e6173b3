// Shared budget sheets: every member of a workspace can edit any cell, including formulas.
(function () {
  'use strict';

  var helpers = {
    sum: function (values) { return values.reduce(function (a, b) { return a + b; }, 0); },
    avg: function (values) { return values.length ? helpers.sum(values) / values.length : 0; },
  };

  // Built once from our own source text: no sheet data goes into it.
  var roundTo = new Function('value', 'digits', 'var f = Math.pow(10, digits); return Math.round(value * f) / f;');

  function formatCell(value, format) {
    if (format === 'currency') {
      return roundTo(value, 2).toFixed(2);
    }
    if (format === 'percent') {
      return roundTo(value * 100, 1) + '%';
    }
    return String(value);
  }

  function evaluateFormula(cell, row) {
    // Formulas are typed by any workspace member and stored with the sheet.
    // expect: code-injection
    var compute = new Function('row', 'helpers', 'return (' + cell.formula + ');');
    return compute(row, helpers);
  }

  function evaluateSafe(cell, row) {
    // The newer sheets store a parsed formula tree; only our operators are evaluated.
    var node = cell.formulaTree;
    switch (node.op) {
      case 'ref': return Number(row[node.column]) || 0;
      case 'add': return evaluateSafe({ formulaTree: node.left }, row) + evaluateSafe({ formulaTree: node.right }, row);
      case 'mul': return evaluateSafe({ formulaTree: node.left }, row) * evaluateSafe({ formulaTree: node.right }, row);
      case 'num': return node.value;
      default: throw new Error('unsupported operator ' + node.op);
    }
  }

  function renderSheet(sheet, tbody) {
    tbody.textContent = '';
    sheet.rows.forEach(function (row) {
      var tr = document.createElement('tr');
      sheet.columns.forEach(function (column) {
        var td = document.createElement('td');
        var cell = row.cells[column.id] || {};
        var value = cell.formulaTree ? evaluateSafe(cell, row.values)
          : cell.formula ? evaluateFormula(cell, row.values) : cell.value;
        td.textContent = formatCell(value, column.format);
        tr.appendChild(td);
      });
      tbody.appendChild(tr);
    });
  }

  window.BudgetSheet = { render: renderSheet, formatCell: formatCell };
})();
