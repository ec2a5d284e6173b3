'use strict';

// API Gateway handler: evaluates pricing rules sent by the admin console.
exports.handler = async function (event, context) {
  const body = JSON.parse(event.body || '{}');

  if (event.queryStringParameters && event.queryStringParameters.expr) {
    // expect: code-injection
    const value = eval(event.queryStringParameters.expr);
    return { statusCode: 200, body: JSON.stringify({ value }) };
  }

  const rows = body.rows || [];
  // expect: code-injection
  const filter = new Function('row', body.filter);
  const kept = rows.filter((row) => filter(row));

  // expect: code-injection
  const score = Function('ctx', 'return ' + body.scoreExpression);

  // Safe look-alikes: fixed code, parsed data.
  const add = new Function('a', 'b', 'return a + b');
  const settings = JSON.parse(body.settings || '{}');

  return {
    statusCode: 200,
    body: JSON.stringify({
      kept: kept.length,
      score: score({ rows: kept }),
      total: add(kept.length, settings.bonus || 0),
      requestId: context.awsRequestId,
    }),
  };
};
