// library: AWS Lambda + HTML response (+=)
// HTML response (+=): value from the request (query)
const { getQueryParam } = require('../lib/params');

exports.handler = async (event) => {
  const param = getQueryParam(event, 'q');
  const values = [];
  values.push('guest');
  values.push(param);
  values.push('visitor');
  values.shift();
  const bar = values[0];
  let page = '<ul>';
  page += '<li>' + bar + '</li>';
  page += '</ul>';
  // expect: xss
  return { statusCode: 200, headers: { 'Content-Type': 'text/html' }, body: page };
};
