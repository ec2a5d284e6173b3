'use strict';

const RATES = { standard: 4.9, express: 12.5, overnight: 29 };

function quote(order) {
  let rate = RATES.standard;
  // expect: unreachable
  let surcharge = order.items.length > 10 ? 3 : 0;
  surcharge = order.bulky ? 8 : 0;
  if (order.speed && RATES[order.speed]) rate = RATES[order.speed];
  return rate + surcharge;
}

function labelFor(order) {
  const label = {};
  // expect: unreachable
  label.carrier = 'DHL';
  label.carrier = order.country === 'US' ? 'UPS' : 'DPD';
  label.weight = order.weight;
  return label;
}

class Parcel {
  constructor(weight) {
    // expect: unreachable
    this.status = 'created';
    this.status = 'pending';
    this.weight = weight;
  }

  markShipped(trackingNo) {
    // expect: unreachable
    this.trackingNo = null;
    this.trackingNo = trackingNo.trim();
    this.status = 'shipped';
  }
}

// Safe look-alikes: a value built from itself, writes in branches, and a counter.
function normalise(code) {
  let zip = code;
  zip = zip.trim();
  zip = zip.toUpperCase();
  return zip;
}

function insuranceFor(order) {
  let fee = 0;
  if (order.value > 500) {
    fee = order.value * 0.01;
  } else {
    fee = 2;
  }
  return fee;
}

function countFragile(items) {
  let n = 0;
  for (const item of items) {
    if (item.fragile) n = n + 1;
  }
  return n;
}

module.exports = { quote, labelFor, Parcel, normalise, insuranceFor, countFragile };
