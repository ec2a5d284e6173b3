// Spreadsheet-like cells of the planning board: a cell may hold a formula
// typed by any board member, e.g. "=hours * rate".
(function (global) {
  function compileCell(cell, names) {
    // expect: code-injection
    var fn = new Function(names.join(','), 'return (' + cell.formula.slice(1) + ');');
    return fn.apply(null, names.map(function (n) { return cell.scope[n]; }));
  }

  function runBoardScript(board) {
    // expect: code-injection
    const script = new Function(board.settings.onLoad);
    script();
  }

  function makeFilter(expression) {
    // expect: code-injection
    const predicate = Function('row', 'return ' + expression);
    return function (rows) { return rows.filter(predicate); };
  }

  async function loadPlugin(url) {
    const source = await fetch(url).then(function (r) { return r.text(); });
    // expect: code-injection
    let plugin = new Function(source);
    plugin();
  }

  var getGlobal = new Function('return this');
  var root = getGlobal();

  function sum(a, b) {
    var add = new Function('a', 'b', 'return a + b');
    return add(a, b);
  }

  global.cells = { compileCell: compileCell, runBoardScript: runBoardScript, makeFilter: makeFilter, loadPlugin: loadPlugin, root: root, sum: sum };
})(window);
