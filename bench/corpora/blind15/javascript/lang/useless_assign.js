// library: plain JavaScript (a value overwritten before it is read)
function shippingCost(order) {
  // expect: useless-assign
  let cost = order.weight * 0.5;
  cost = 4.95;
  return cost;
}

function pageTitle(route) {
  let title;
  // expect: useless-assign
  title = route.title;
  title = `${route.name} | Shop`;
  return title;
}

function shippingCostOk(order) {
  let cost = order.weight * 0.5;
  if (order.express) cost += 10;
  return cost;
}

function retries(config) {
  let n = 3;
  if (config.retries !== undefined) n = config.retries;
  return n;
}

module.exports = { shippingCost, pageTitle, shippingCostOk, retries };
