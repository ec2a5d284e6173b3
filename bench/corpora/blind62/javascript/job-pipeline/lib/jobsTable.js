const { DynamoDBClient, ExecuteStatementCommand, PutItemCommand } = require('@aws-sdk/client-dynamodb');

const ddb = new DynamoDBClient({});
const TABLE = process.env.JOBS_TABLE || 'jobs';

async function put(job) {
  await ddb.send(
    new PutItemCommand({
      TableName: TABLE,
      Item: { id: { S: job.id }, type: { S: job.type }, state: { S: job.state }, owner: { S: job.owner } },
    })
  );
}

async function byId(id) {
  const out = await ddb.send(new ExecuteStatementCommand({ Statement: `SELECT * FROM "${TABLE}" WHERE id = ?`, Parameters: [{ S: id }] }));
  return out.Items && out.Items[0];
}

async function byOwnerAndState(owner, state) {
  const statement = `SELECT * FROM "${TABLE}" WHERE owner = '${owner}' AND state = '${state}'`;
  // expect: sql-injection
  const out = await ddb.send(new ExecuteStatementCommand({ Statement: statement }));
  return out.Items || [];
}

async function setState(id, state, detail) {
  await ddb.send(
    new ExecuteStatementCommand({
      Statement: `UPDATE "${TABLE}" SET state = ? SET detail = ? WHERE id = ?`,
      Parameters: [{ S: state }, { S: String(detail || '') }, { S: id }],
    })
  );
}

module.exports = { put, byId, byOwnerAndState, setState };
