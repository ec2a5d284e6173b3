'use strict';

const { DynamoDBClient } = require('@aws-sdk/client-dynamodb');
const { DynamoDBDocumentClient, GetCommand } = require('@aws-sdk/lib-dynamodb');

const ddb = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const TABLE = process.env.RULES_TABLE;

const add = new Function('a', 'b', 'return a + b');

async function loadRule(id) {
  const { Item } = await ddb.send(new GetCommand({ TableName: TABLE, Key: { id } }));
  return Item;
}

async function evaluate(event) {
  const body = JSON.parse(event.body || '{}');
  const row = body.row || {};

  if (body.expression) {
    // expect: code-injection
    const value = eval(body.expression);
    return { statusCode: 200, body: JSON.stringify({ value }) };
  }

  if (body.filter) {
    // expect: code-injection
    const predicate = new Function('row', 'return (' + body.filter + ');');
    return { statusCode: 200, body: JSON.stringify({ match: Boolean(predicate(row)) }) };
  }

  const qs = event.queryStringParameters || {};
  if (qs.formula) {
    // expect: code-injection
    const compute = Function('price', 'qty', `return ${qs.formula};`);
    return { statusCode: 200, body: JSON.stringify({ total: compute(row.price, row.qty) }) };
  }

  if (event.pathParameters && event.pathParameters.ruleId) {
    const rule = await loadRule(event.pathParameters.ruleId);
    const total = add(row.price || 0, rule.surcharge || 0);
    return { statusCode: 200, body: JSON.stringify({ total }) };
  }

  // expect: code-injection
  const legacy = eval('(' + event.body + ')');
  return { statusCode: 200, body: JSON.stringify({ legacy: typeof legacy }) };
}

exports.handler = evaluate;
