// library: JavaScript builtins (comparisons of a value with itself)
function sameOrder(a, b) {
  // expect: self-comparison
  return a.id === a.id && a.total === b.total;
}

function sameOrderSafe(a, b) {
  return a.id === b.id && a.total === b.total;
}

function isNaNValue(x) {
  return x !== x;
}

function changed(prev, next) {
  // expect: self-comparison
  if (next.status == next.status) {
    return prev.updatedAt !== next.updatedAt;
  }
  return true;
}

function shouldRetry(err) {
  // expect: self-comparison
  return err.code === 'ETIMEDOUT' || err.code === err.code;
}

function equalIds(left, right) {
  return left.map((x) => x.id).join() === right.map((x) => x.id).join();
}

module.exports = { sameOrder, sameOrderSafe, isNaNValue, changed, shouldRetry, equalIds };
