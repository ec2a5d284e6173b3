const PERIODS = {
  day: "interval '1 day'",
  week: "interval '7 days'",
  month: "interval '1 month'"
}

async function byTransaction (runtime, transactionId) {
  const { rows } = await runtime.postgres.query(
    'select owner_id, publisher_id, amount from referral_transactions where transaction_id = $1',
    [transactionId],
    true
  )
  return rows
}

async function statement (runtime, owner, period) {
  const window = PERIODS[period] || PERIODS.month
  // expect: sql-injection
  const { rows } = await runtime.postgres.query(`select publisher_id, sum(amount) as amount from referral_transactions where owner_id = '${owner}' and created_at > now() - ${window} group by publisher_id`, [], true)
  return rows
}

async function insert (runtime, client, { transactionId, ownerId, channelId, amount, downloadId }) {
  await client.query(
    'insert into referral_transactions (transaction_id, owner_id, publisher_id, amount, download_id) values ($1, $2, $3, $4, $5) on conflict do nothing',
    [transactionId, ownerId, channelId, amount.toString(), downloadId]
  )
}

async function countForOwner (runtime, owner) {
  const { rows } = await runtime.postgres.query(
    'select count(*)::int as count from referral_transactions where owner_id = $1',
    [owner],
    true
  )
  return rows[0] ? rows[0].count : 0
}

module.exports = { byTransaction, statement, insert, countForOwner, PERIODS }
