// Shipping rules engine for the merchant dashboard.
const vm = require('vm');
const express = require('express');

const router = express.Router();
router.use(express.json({ limit: '64kb' }));

// Our own rule program: it only reads the values it is given.
const BUILTIN_RULE = `
  const heavy = parcel.weightGrams > 20000;
  const remote = remoteZones.includes(destination.zone);
  result = base + (heavy ? heavySurcharge : 0) + (remote ? remoteSurcharge : 0);
`;
const builtinScript = new vm.Script(BUILTIN_RULE, { filename: 'builtin-rule.js' });

const REMOTE_ZONES = ['HI', 'AK', 'PR'];

function quoteBuiltin(parcel, destination, rates) {
  const context = vm.createContext({
    parcel,
    destination,
    remoteZones: REMOTE_ZONES,
    base: rates.base,
    heavySurcharge: rates.heavy,
    remoteSurcharge: rates.remote,
    result: 0,
  });
  builtinScript.runInContext(context, { timeout: 50 });
  return context.result;
}

router.post('/quotes', function quote(req, res) {
  const parcel = { weightGrams: Number(req.body.weightGrams) };
  const destination = { zone: String(req.body.zone).slice(0, 2) };
  // Request values go in as data; the code that runs is BUILTIN_RULE.
  const sandbox = { parcel, destination, remoteZones: REMOTE_ZONES, base: 499, heavySurcharge: 900, remoteSurcharge: 1500, result: 0 };
  vm.runInNewContext(BUILTIN_RULE, sandbox, { timeout: 50 });
  res.json({ cents: sandbox.result, builtin: quoteBuiltin(parcel, destination, { base: 499, heavy: 900, remote: 1500 }) });
});

// Merchants can write their own rule in the dashboard's "advanced" editor and test it here.
router.post('/rules/test', function testRule(req, res) {
  const sandbox = { parcel: req.body.sampleParcel || {}, destination: req.body.sampleDestination || {}, result: null };
  try {
    // expect: code-injection
    vm.runInNewContext(req.body.ruleSource, sandbox, { timeout: 100 });
    res.json({ result: sandbox.result });
  } catch (err) {
    res.status(422).json({ error: err.message });
  }
});

module.exports = router;
