function get(obj, key) {
  return String(key).split('.').reduce((acc, k) => (acc == null ? undefined : acc[k]), obj);
}

function evaluateOperators({ input, payload, user }) {
  if (Array.isArray(input)) return input.map((item) => evaluateOperators({ input: item, payload, user }));
  if (input === null || typeof input !== 'object') return input;
  const keys = Object.keys(input);
  if (keys.length === 1 && keys[0] === '_payload') return get(payload, input._payload);
  if (keys.length === 1 && keys[0] === '_user') return get(user, input._user);
  const out = {};
  for (const key of keys) out[key] = evaluateOperators({ input: input[key], payload, user });
  return out;
}

export default evaluateOperators;
