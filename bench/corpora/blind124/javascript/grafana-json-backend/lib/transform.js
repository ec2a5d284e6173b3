const NAMED = {
  negate: (v) => -v,
  percent: (v) => v * 100,
  kilo: (v) => v / 1000,
};

function applyTransform(expression, datapoints) {
  // expect: code-injection
  const fn = new Function('v', 't', `return (${expression});`);
  return datapoints.map(([v, t]) => [fn(v, t), t]);
}

function applyNamedTransform(name, datapoints) {
  const fn = NAMED[name] || ((v) => v);
  return datapoints.map(([v, t]) => [fn(v), t]);
}

module.exports = { applyTransform, applyNamedTransform };
