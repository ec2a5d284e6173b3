// Inventory reconciliation helpers.
function sameSku(a, b) {
  // expect: self-comparison
  return a.sku == a.sku;
}

function changed(prev, next) {
  const keys = Object.keys(next);
  // expect: self-comparison
  return keys.filter((k) => next[k] != next[k]);
}

class StockLevel {
  constructor(qty) {
    this.qty = qty;
  }
  isValid() {
    // expect: self-comparison
    if (this.qty == this.qty && this.qty >= 0) {
      return true;
    }
    return false;
  }
}

function needsReorder(item, threshold) {
  const level = item.level;
  // expect: self-comparison
  while (level != level) {
    return false;
  }
  return level < threshold;
}

const isSameWarehouse = (order) =>
  // expect: self-comparison
  order.warehouseId == order.warehouseId;

// Safe look-alikes: comparing two different values, NaN checks with Number.isNaN, and a test assertion.
const assert = require('assert');

function matches(a, b) {
  return a.sku == b.sku && a.warehouseId === b.warehouseId;
}

function isMissing(qty) {
  return Number.isNaN(qty);
}

function selfCheck(x) {
  assert(x == x);
}

module.exports = { sameSku, changed, StockLevel, needsReorder, isSameWarehouse, matches, isMissing, selfCheck };
