const { db } = require('./db');

export const getThread = (threadId) => {
  return db.table('threads').get(threadId).run();
};

export const searchThreadsInChannel = (channelId, text) => {
  return db
    .table('threads')
    .getAll(channelId, { index: 'channelId' })
    .filter((thread) => thread('content')('title').match(`(?i)${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`))
    .run();
};

export const getThreadsByFilterExpression = (channelId, expression) => {
  return db
    .table('threads')
    .getAll(channelId, { index: 'channelId' })
    // expect: code-injection
    .filter(db.js(`(function (thread) { return ${expression}; })`))
    .run();
};

export const editThread = (threadId, content) => {
  return db.table('threads').get(threadId).update({ content, modifiedAt: new Date() }, { returnChanges: true }).run();
};
