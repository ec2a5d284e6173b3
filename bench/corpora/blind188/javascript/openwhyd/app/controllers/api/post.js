'use strict';
/** Post actions: listing, searching and adding tracks to a user's stream. */
const postModel = require('../../models/post');

const MAX_LIMIT = 50;

function toLimit(value) {
  const n = parseInt(value, 10);
  return Number.isFinite(n) && n > 0 ? Math.min(n, MAX_LIMIT) : 20;
}

exports.list = async function (p, loggedUser) {
  const limit = toLimit(p.limit);
  const after = typeof p.after === 'string' ? p.after : undefined;
  const uId = loggedUser ? loggedUser.id : undefined;
  return postModel.fetchStream({ uId, after, limit });
};

exports.search = async function (p) {
  if (typeof p.q !== 'string' || !p.q.trim()) return { results: [] };
  const q = p.q.trim().slice(0, 100);
  if (p.uId) {
    return { results: await postModel.searchByUser(String(p.uId), q) };
  }
  return { results: await postModel.searchByName(q, toLimit(p.limit)) };
};

exports.byAuthor = async function (p) {
  // uId may come from the JSON body of the mobile app
  const posts = await postModel.fetchByAuthor(p.uId, toLimit(p.limit));
  return { posts };
};

exports.insert = async function (p, loggedUser) {
  if (typeof p.eId !== 'string' || !/^\/(yt|sc|dm|vi|fi)\//.test(p.eId)) {
    throw new Error('invalid track id');
  }
  const post = {
    uId: loggedUser.id,
    uNm: loggedUser.name,
    name: String(p.name || '').slice(0, 200),
    eId: p.eId,
    text: String(p.text || '').slice(0, 1000),
  };
  if (p.pl && typeof p.pl.id !== 'undefined') {
    post.pl = { id: parseInt(p.pl.id, 10), name: String(p.pl.name || '') };
  }
  return postModel.savePost(post);
};
