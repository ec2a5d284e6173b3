// Spreadsheet-style computed columns: users type formulas into a cell editor.
import safeEval from 'notevil';
import { Function as SafeFunction } from 'notevil';
import vm from 'vm';
import { Parser } from 'expr-eval';
import express from 'express';

const app = express();
app.use(express.json());

const BUILTINS = { Math, Number, String };

app.post('/sheets/:id/cells/preview', (req, res) => {
  const { formula, row } = req.body;
  try {
    // expect: code-injection
    const value = safeEval(formula, { ...BUILTINS, row });
    res.json({ value });
  } catch (err) {
    res.status(422).json({ error: err.message });
  }
});

export function compileColumn(column) {
  const body = 'return ' + column.expression;
  // expect: code-injection
  const fn = SafeFunction('row', body);
  return (row) => fn(row);
}

export function evaluateFilter(filterText, record) {
  const sandbox = { safeEval, record, filterText };
  // expect: code-injection
  return vm.runInNewContext("safeEval(filterText, { record })", sandbox, { timeout: 50 });
}

export async function recompute(sheet) {
  const out = [];
  for (const row of sheet.rows) {
    // expect: code-injection
    out.push(safeEval(sheet.totalFormula, { row, ...BUILTINS }));
  }
  return out;
}

// Safe look-alikes: a literal expression, and a real expression parser for user input.
export const ONE_HUNDRED = safeEval('10 * 10');

const parser = new Parser({ operators: { assignment: false } });
app.post('/sheets/:id/cells/eval', (req, res) => {
  const expr = parser.parse(String(req.body.formula));
  res.json({ value: expr.evaluate({ x: Number(req.body.x) || 0 }) });
});

export default app;
