const { exec, execFile } = require('child_process');
const axios = require('axios');
const { MongoClient } = require('mongodb');

const client = new MongoClient(process.env.MONGO_URI);
const ALLOWED_HOSTS = ['status.example.com', 'api.github.com'];

function pingHost(host) {
  return new Promise((resolve) => {
    // expect: command-injection
    exec('ping -c 1 ' + host, (err, stdout) => resolve(err ? 'unreachable' : stdout));
  });
}

function digHost(host) {
  return new Promise((resolve) => {
    execFile('dig', ['+short', host], (err, stdout) => resolve(err ? '' : stdout));
  });
}

async function fetchStatus(url) {
  const u = new URL(url);
  if (!ALLOWED_HOSTS.includes(u.hostname) || u.protocol !== 'https:') {
    throw new Error('host not allowed');
  }
  const res = await axios.get(u.toString(), { timeout: 5000 });
  return res.data;
}

async function previewLink(url) {
  // expect: ssrf
  const res = await axios.get(url, { timeout: 5000 });
  return String(res.data).slice(0, 200);
}

async function findNotes(filter) {
  const notes = client.db('bot').collection('notes');
  // expect: nosql-injection
  return notes.find({ $where: `this.owner == '${filter.owner}' && this.tag == '${filter.tag}'` }).toArray();
}

async function findNotesByTag(owner, tag) {
  const notes = client.db('bot').collection('notes');
  return notes.find({ owner: String(owner), tag: String(tag) }).toArray();
}

module.exports = { pingHost, digHost, fetchStatus, previewLink, findNotes, findNotesByTag };
