// library: AWS Lambda + nested assignment
// nested assignment: value from the request (body)

const settings = { general: {}, display: {} };

exports.handler = async (event) => {
  const body = JSON.parse(event.body || '{}');
  const { section: param = '' } = JSON.parse(event.body || '{}');
  const map = { keyA: 'general', keyB: param, keyC: 'display' };
  const bar = map.keyA;
  const key = String(body.key ?? '');
  const value = body.value;
  settings[bar][key] = value;
  return { statusCode: 200, body: JSON.stringify({ ok: true }) };
};
