// Lambda behind API Gateway: evaluates a partner's discount formula for a cart.
const vm = require('vm');
const { getPartner } = require('./lib/partners');
const { json } = require('./lib/responses');

const BASE_SCRIPT = new vm.Script('total * (1 - rate)');

function clamp(n, lo, hi) {
  return Math.min(hi, Math.max(lo, n));
}

exports.handler = async function (event, context) {
  const body = JSON.parse(event.body || '{}');
  const partner = await getPartner(event.pathParameters.partnerId);
  if (!partner) {
    return json(404, { error: 'unknown partner' });
  }

  const cart = {
    total: Number(body.total) || 0,
    items: Number(body.items) || 0,
    rate: clamp(Number(partner.rate) || 0, 0, 0.5),
  };

  if (body.preview === 'standard') {
    // fixed script; only numbers from the request go into the context
    const price = BASE_SCRIPT.runInNewContext(cart, { timeout: 50 });
    return json(200, { price });
  }

  if (body.formula) {
    // partners paste their own pricing expression in the portal's "try it" box
    // expect: code-injection
    const price = vm.runInNewContext(body.formula, cart, { timeout: 100 });
    return json(200, { price });
  }

  const stored = partner.formulaId ? await loadApprovedFormula(partner.formulaId) : null;
  if (stored) {
    const price = stored.runInNewContext(cart, { timeout: 100 });
    return json(200, { price });
  }
  return json(200, { price: cart.total });
};

async function loadApprovedFormula(id) {
  const { formulas } = require('./lib/approvedFormulas');
  const source = formulas[id];
  return source ? new vm.Script(source) : null;
}
