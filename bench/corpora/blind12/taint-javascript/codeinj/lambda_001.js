// library: AWS Lambda + expression evaluation
// expression evaluation: value from the request (header)

exports.handler = async (event) => {
  const param = event.headers?.['x-expr'] ?? '';
  const num = 106;
  let bar;
  if (7 * 18 + num > 200) {
    bar = param;
  } else {
    bar = '1 + 1';
  }
  // expect: code-injection
  const result = eval(bar);
  return { statusCode: 200, body: JSON.stringify({ result }) };
};
