// Spreadsheet-like cells for the pricing sheet; formulas are typed by users and shared in links.
(function (global) {
  'use strict';

  var HELPERS = 'var sum = function (a) { return a.reduce(function (x, y) { return x + y; }, 0); };';

  function evaluateCell(cell, row) {
    // expect: code-injection
    var compute = new Function('row', HELPERS + ' return (' + cell.formula + ');');
    return compute(row);
  }

  function Cell(el) {
    this.el = el;
    // expect: code-injection
    this.onChange = new Function('event', el.getAttribute('data-on-change') || '');
  }

  Cell.prototype.fire = function (event) {
    this.onChange(event);
  };

  function templateFromHash() {
    var text = decodeURIComponent(window.location.hash.slice(1));
    // expect: code-injection
    var render = Function('data', 'with (data) { return `' + text + '`; }');
    return render({ user: global.currentUser });
  }

  function applyFilter(rows, predicate) {
    // expect: code-injection
    var test = new Function('r', `return ${predicate};`);
    return rows.filter(function (r) { return test(r); });
  }

  // Look-alikes: fixed code only.
  var getGlobal = new Function('return this');
  var add = new Function('a', 'b', 'return a + b');

  function total(rows) {
    return rows.reduce(function (acc, r) { return add(acc, Number(r.price) || 0); }, 0);
  }

  function parseSettings(text) {
    return JSON.parse(text);
  }

  global.Sheet = {
    evaluateCell: evaluateCell,
    Cell: Cell,
    templateFromHash: templateFromHash,
    applyFilter: applyFilter,
    total: total,
    parseSettings: parseSettings,
    root: getGlobal(),
  };
})(window);
