// Calculated fields for the spreadsheet-like "tables" feature.
const express = require('express');
const { VM } = require('vm2');
const { parseFormula, evaluateTree } = require('./formulaParser');

const router = express.Router();
router.use(express.json({ limit: '32kb' }));

// Our own helpers, compiled once in a sandbox shared by every request.
const helpersVm = new VM({ timeout: 200, sandbox: {} });
const helpers = helpersVm.run(`({
  round2: (x) => Math.round(x * 100) / 100,
  pct: (a, b) => (b === 0 ? 0 : (a / b) * 100),
})`);

router.post('/tables/:id/fields/preview', function previewField(req, res) {
  // Formulas are parsed into a tree (numbers, column refs, + - * /) and walked; no JS runs.
  try {
    const tree = parseFormula(String(req.body.formula).slice(0, 500));
    const rows = (req.body.sampleRows || []).slice(0, 20);
    res.json({ values: rows.map((row) => helpers.round2(evaluateTree(tree, row))) });
  } catch (err) {
    res.status(422).json({ error: err.message });
  }
});

// "Script fields" (beta): a workspace member writes JavaScript that runs per row.
// vm2 is discontinued and has published sandbox escapes.
router.post('/tables/:id/fields/script-preview', function previewScript(req, res) {
  const rows = (req.body.sampleRows || []).slice(0, 20);
  try {
    const values = rows.map((row) => {
      const vm = new VM({ timeout: 100, sandbox: { row } });
      // expect: code-injection
      return vm.run(req.body.script);
    });
    res.json({ values });
  } catch (err) {
    res.status(422).json({ error: err.message });
  }
});

router.get('/tables/:id/fields/helpers', function listHelpers(req, res) {
  res.json({ helpers: Object.keys(helpers) });
});

module.exports = router;
