const { MongoClient } = require('mongodb')

let cachedDb = null

exports.connectToDatabase = async (uri) => {
  if (cachedDb) return cachedDb
  const client = await MongoClient.connect(uri)
  cachedDb = client.db(process.env.MONGODB_DB || 'twikoo')
  return cachedDb
}
