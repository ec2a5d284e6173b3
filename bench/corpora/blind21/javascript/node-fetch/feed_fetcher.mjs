// node-fetch: an RSS/feed importer and an avatar fetcher (agents, redirects, URL checks)
import fetch from 'node-fetch';
import https from 'node:https';
import { Agent as UndiciAgent } from 'undici';
import dns from 'node:dns/promises';
import ipaddr from 'ipaddr.js';

// expect: tls-verify-off
const lenientAgent = new https.Agent({ rejectUnauthorized: false, keepAlive: true });
const strictAgent = new https.Agent({ keepAlive: true, minVersion: 'TLSv1.2' });

async function assertPublic(url) {
  const { address } = await dns.lookup(url.hostname);
  const range = ipaddr.parse(address).range();
  if (range !== 'unicast') throw new Error(`refusing ${range} address`);
}

export async function importFeed(req) {
  const { feedUrl } = req.body;
  // expect: ssrf
  const res = await fetch(feedUrl, { agent: strictAgent, timeout: 10000 });
  return res.text();
}

export async function importFeedChecked(feedUrl) {
  const url = new URL(feedUrl);
  if (!['http:', 'https:'].includes(url.protocol)) throw new Error('bad scheme');
  await assertPublic(url);
  const res = await fetch(url, { agent: strictAgent, redirect: 'manual', timeout: 10000 });
  return res.text();
}

export async function importIntranetFeed() {
  const res = await fetch('https://intranet.corp.local/news.rss', { agent: lenientAgent });
  return res.text();
}

export async function avatar(user) {
  const url = `https://avatars.example.com/${encodeURIComponent(user.id)}.png`;
  const res = await fetch(url);
  return Buffer.from(await res.arrayBuffer());
}

export async function postToSlack(text) {
  return fetch(process.env.SLACK_WEBHOOK_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text }),
  });
}

export async function mirror(req) {
  const target = req.query.target;
  // expect: ssrf
  const upstream = await fetch(`${target}/export.json`, { headers: { authorization: `Bearer ${process.env.MIRROR_TOKEN}` } });
  return upstream.json();
}

export function devDispatcher() {
  // expect: tls-verify-off
  return new UndiciAgent({ connect: { rejectUnauthorized: false } });
}

export function prodDispatcher() {
  return new UndiciAgent({ connect: { rejectUnauthorized: true }, keepAliveTimeout: 10000 });
}
