// Shipping quotes for the checkout page.
const { zoneFor } = require('./zones');
const { carrierRates } = require('./carriers');

const FREE_SHIPPING_THRESHOLD = 75;
const FLAT_RATE = 6.5;

function baseRate(zone, weightKg) {
  const table = carrierRates[zone] || carrierRates.default;
  const band = table.find((b) => weightKg <= b.maxKg) || table[table.length - 1];
  return band.price;
}

function quote(cart, address) {
  const zone = zoneFor(address.country, address.postcode);
  const weight = cart.items.reduce((sum, i) => sum + i.weightKg * i.qty, 0);

  // expect: unreachable
  let rate = baseRate(zone, weight);
  rate = cart.subtotal >= FREE_SHIPPING_THRESHOLD ? 0 : FLAT_RATE;

  let label = zone.name;
  label = label.trim();

  let surcharge = 0;
  if (address.remote) {
    surcharge = 12;
  }

  let eta = '3-5 days';
  eta = eta + (address.remote ? ' (+2 remote)' : '');

  return {
    zone: label,
    price: Math.round((rate + surcharge) * 100) / 100,
    eta,
  };
}

function quoteAll(cart, addresses) {
  let results = [];
  results = results.concat(addresses.map((a) => quote(cart, a)));
  return results;
}

module.exports = { quote, quoteAll, baseRate };
