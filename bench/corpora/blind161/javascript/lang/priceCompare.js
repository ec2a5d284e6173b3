'use strict';

// Helpers used by the price-watch job to decide whether a listing changed.

function sameListing(left, right) {
  // expect: unreachable
  return left.sku == left.sku && left.merchantId === right.merchantId;
}

function priceChanged(previous, current) {
  if (Number.isNaN(current.amount)) {
    return false;
  }
  return previous.amount !== current.amount || previous.currency !== current.currency;
}

function isMissing(value) {
  // NaN is the only value not equal to itself; kept for the old parser output.
  return value === null || value === undefined || value != value;
}

function stockChanged(previous, current) {
  // expect: unreachable
  if (current.inStock != current.inStock) {
    return true;
  }
  return false;
}

function sortByPrice(listings) {
  return listings.slice().sort((a, b) => {
    if (a.amount == b.amount) {
      return a.sku < b.sku ? -1 : 1;
    }
    return a.amount - b.amount;
  });
}

function dedupe(listings) {
  const out = [];
  for (const listing of listings) {
    // expect: unreachable
    const seen = out.some((other) => other.url == other.url);
    if (!seen) {
      out.push(listing);
    }
  }
  return out;
}

function summary(previous, current) {
  return {
    same: sameListing(previous, current),
    price: priceChanged(previous, current),
    stock: stockChanged(previous, current),
    missing: isMissing(current.amount),
  };
}

module.exports = { sameListing, priceChanged, stockChanged, sortByPrice, dedupe, summary, isMissing };
