const xss = require('xss')
const { logSubmit } = require('./logger')

exports.commentGet = async (db, event) => {
  const url = event.url
  // expect: nosql-injection
  const comments = await db.collection('comment').find({ url, isSpam: { $ne: true } }).sort({ created: -1 }).limit(100).toArray()
  return { data: comments }
}

exports.commentCount = async (db, event) => {
  const urls = Array.isArray(event.urls) ? event.urls.map(String) : [String(event.url)]
  const counts = await db.collection('comment').aggregate([
    { $match: { url: { $in: urls }, isSpam: { $ne: true } } },
    { $group: { _id: '$url', count: { $sum: 1 } } }
  ]).toArray()
  return { data: counts }
}

exports.commentSubmit = async (db, event, request) => {
  const { nick = 'Anonymous', mail = '', link = '', comment = '', url } = event
  const ip = request.headers['x-forwarded-for'] || request.socket.remoteAddress
  const doc = {
    nick: xss(String(nick)),
    mail: String(mail),
    link: String(link),
    comment: xss(String(comment)),
    url: String(url),
    ip,
    created: Date.now()
  }
  const result = await db.collection('comment').insertOne(doc)
  logSubmit(nick, ip)
  return { id: result.insertedId }
}
