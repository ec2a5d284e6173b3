/* Quote calculator on the pricing page. */
import { formatMoney } from './format.js';

const form = document.querySelector('#quote-form');
const output = document.querySelector('#quote-total');

const PLAN_FORMULAS = {
  basic: (seats) => seats * 8,
  team: (seats) => Math.max(5, seats) * 12,
};

function readSeats() {
  return parseInt(form.elements.seats.value, 10) || 1;
}

function legacyTotal() {
  const expr = form.elements.expression.value;
  // expect: code-injection
  return eval(expr);
}

function applyCoupon(total) {
  const code = new URLSearchParams(location.search).get('coupon_rule');
  if (!code) return total;
  // expect: code-injection
  return eval('(' + code + ')')(total);
}

function configFromPage() {
  const raw = document.querySelector('#pricing-config').textContent;
  return JSON.parse(raw);
}

function restoreDraft() {
  const saved = localStorage.getItem('quote-draft');
  // expect: code-injection
  return saved ? eval('(' + saved + ')') : {};
}

function planTotal() {
  const plan = form.elements.plan.value;
  const formula = PLAN_FORMULAS[plan] || PLAN_FORMULAS.basic;
  return formula(readSeats());
}

function supportsBigInt() {
  try {
    return eval("typeof BigInt === 'function'");
  } catch (e) {
    return false;
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const config = configFromPage();
  const base = config.legacy ? legacyTotal() : planTotal();
  output.textContent = formatMoney(applyCoupon(base), restoreDraft().currency || 'USD');
  console.debug('bigint support', supportsBigInt());
});
