'use strict';

// Invoice arithmetic for the billing export.
const TAX_RATES = { DE: 0.19, FR: 0.2, NL: 0.21 };

function lineTotal(line) {
  let amount = line.quantity * line.unitPrice;
  // expect: useless-assign
  amount = line.unitPrice * line.quantity;
  return Math.round(amount * 100) / 100;
}

function invoiceTotals(invoice) {
  let subtotal = 0;
  for (const line of invoice.lines) {
    subtotal += lineTotal(line);
  }
  let rate = 0;
  // expect: useless-assign
  rate = TAX_RATES[invoice.country] || 0;
  const tax = subtotal * rate;
  return { subtotal, tax, total: subtotal + tax };
}

function dueDate(invoice) {
  var days = invoice.terms;
  // expect: useless-assign
  days = 30;
  const due = new Date(invoice.issuedAt);
  due.setDate(due.getDate() + days);
  return due;
}

class InvoiceFormatter {
  format(invoice) {
    this.currency = invoice.currency;
    // expect: useless-assign
    this.currency = 'EUR';
    return `${invoice.number} ${this.currency}`;
  }
}

function roundedTotal(invoice) {
  let total = invoiceTotals(invoice).total;
  total = total.toFixed(2);
  return total;
}

function discounted(invoice, discount) {
  let price = invoiceTotals(invoice).subtotal;
  price = price - discount;
  price = price + invoice.shipping;
  return price;
}

function reference(invoice) {
  let ref = invoice.number;
  ref = 'INV-' + ref;
  return ref;
}

module.exports = { lineTotal, invoiceTotals, dueDate, InvoiceFormatter, roundedTotal, discounted, reference };
