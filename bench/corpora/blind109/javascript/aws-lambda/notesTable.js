'use strict';

const AWS = require('aws-sdk');
const { DynamoDBClient } = require('@aws-sdk/client-dynamodb');
const { DynamoDBDocumentClient, ScanCommand, PutCommand } = require('@aws-sdk/lib-dynamodb');
const { randomUUID } = require('crypto');

const docClient = new AWS.DynamoDB.DocumentClient();
const ddb = DynamoDBDocumentClient.from(new DynamoDBClient({ region: process.env.AWS_REGION }));
const TableName = process.env.NOTES_TABLE;

exports.handler = function (event, context, callback) {
  const route = event.routeKey;
  if (route === 'POST /notes/search') {
    // expect: sql-injection
    docClient.scan(JSON.parse(event.body), function (err, data) {
      if (err) return callback(err);
      callback(null, { statusCode: 200, body: JSON.stringify(data.Items) });
    });
  } else if (route === 'DELETE /notes') {
    const key = JSON.parse(event.body).key;
    // expect: sql-injection
    docClient.delete(key, function (err) {
      callback(err, { statusCode: err ? 500 : 204 });
    });
  } else if (route === 'PATCH /notes') {
    const update = event.detail;
    // expect: sql-injection
    docClient.update(update, (err, data) => callback(err, { statusCode: 200, body: JSON.stringify(data) }));
  } else {
    callback(null, { statusCode: 404 });
  }
};

exports.report = async function (event) {
  const input = JSON.parse(event.body);
  // expect: sql-injection
  const out = await ddb.send(new ScanCommand(input.scan));
  return { statusCode: 200, body: JSON.stringify(out.Items) };
};

exports.getNote = function (event, context, callback) {
  const params = { TableName, Key: { id: event.pathParameters.id } };
  docClient.get(params, (err, data) => callback(err, { statusCode: 200, body: JSON.stringify(data.Item) }));
};

exports.create = async function (event) {
  const body = JSON.parse(event.body);
  await ddb.send(new PutCommand({ TableName, Item: { id: randomUUID(), text: String(body.text).slice(0, 2000), createdAt: Date.now() } }));
  return { statusCode: 201 };
};
