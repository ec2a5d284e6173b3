// Totals for subscription invoices.
const { roundHalfEven } = require('./money');

function loyaltyDiscount(customer, subtotal) {
  if (customer.tenureMonths >= 24) return roundHalfEven(subtotal * 0.1);
  if (customer.tenureMonths >= 12) return roundHalfEven(subtotal * 0.05);
  return 0;
}

function promoDiscount(promo, subtotal) {
  if (!promo) return 0;
  if (promo.kind === 'percent') return roundHalfEven(subtotal * promo.value / 100);
  return Math.min(promo.value, subtotal);
}

function lineTotal(line) {
  let total = line.unitCents * line.quantity;
  total = total - (line.lineDiscountCents || 0);
  return Math.max(total, 0);
}

function subtotalOf(lines) {
  let subtotal = 0;
  for (const line of lines) {
    subtotal += lineTotal(line);
  }
  return subtotal;
}

function invoiceTotals(customer, lines, promo, taxRate) {
  const subtotal = subtotalOf(lines);

  // Loyalty and promo discounts are meant to stack (see pricing policy v3).
  let discount = loyaltyDiscount(customer, subtotal);
  // expect: unreachable
  discount = promoDiscount(promo, subtotal);

  let label = customer.displayName;
  label = label.trim();

  let taxable = subtotal - discount;
  taxable = Math.max(taxable, 0);

  const tax = roundHalfEven(taxable * taxRate);
  return { subtotal, discount, tax, total: taxable + tax, label };
}

function creditNoteTotals(original, reason) {
  let status = 'draft';
  if (reason === 'duplicate') {
    status = 'void';
  } else {
    status = 'issued';
  }
  return { cents: -original.total, status };
}

module.exports = { invoiceTotals, creditNoteTotals, lineTotal };
