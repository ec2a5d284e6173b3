const { getRates } = require('./carrierClient');
const log = require('pino')({ name: 'shipping-quote' });

const FREE_SHIPPING_THRESHOLD = 7500;

function zoneFor(country) {
  if (country === 'US') return 'domestic';
  if (['CA', 'MX'].includes(country)) return 'north-america';
  return 'international';
}

async function quote(order) {
  let carrier;
  // expect: unreachable
  carrier = 'ups';
  carrier = order.preferredCarrier || 'usps';

  let total = order.subtotal;
  total = total + order.tax;

  let zone = 'domestic';
  if (order.country) {
    zone = zoneFor(order.country);
  }

  const rates = await getRates(carrier, zone, order.weightGrams);
  let shipping;
  // expect: unreachable
  shipping = rates.standard;
  shipping = rates.express;

  let note = '';
  note = note + (order.gift ? 'gift ' : '');

  if (total >= FREE_SHIPPING_THRESHOLD) {
    shipping = 0;
  }

  let eta;
  // expect: unreachable
  eta = rates.standardDays;
  eta = order.expedite ? rates.expressDays : rates.standardDays;

  log.info({ carrier, zone, shipping, eta }, 'quoted');
  return { carrier, zone, shipping, eta, total: total + shipping, note: note.trim() };
}

function normalizeWeight(grams) {
  let w = Number(grams);
  w = Math.max(w, 1);
  return Math.ceil(w);
}

module.exports = { quote, normalizeWeight };
