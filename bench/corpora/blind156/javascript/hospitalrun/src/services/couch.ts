// CouchDB access over its HTTP API: one database per facility, replication to a peer hospital.
import { request } from 'undici';

const COUCH_URL = process.env.COUCHDB_URL ?? 'http://couchdb:5984';
const AUTH = `Basic ${Buffer.from(`${process.env.COUCHDB_USER}:${process.env.COUCHDB_PASSWORD}`).toString('base64')}`;
const PEERS = new Map((process.env.HR_REPLICATION_PEERS ?? '').split(',').filter(Boolean).map((p) => [new URL(p).host, p]));

function dbUrl(facility: string, suffix: string) {
  return `${COUCH_URL}/${encodeURIComponent(`hr_${facility}`)}/${suffix}`;
}

export async function findReportRows(facility: string, type: string) {
  const res = await request(dbUrl(facility, '_find'), {
    method: 'POST',
    headers: { authorization: AUTH, 'content-type': 'application/json' },
    body: JSON.stringify({ selector: { type: 'report-row', reportType: type }, limit: 500 }),
  });
  const { docs } = (await res.body.json()) as { docs: Array<{ patientName: string; date: string }> };
  return docs;
}

export async function replicateToPeer(facility: string, peerHost: string) {
  const target = PEERS.get(peerHost);
  if (!target) throw new Error('unknown peer');
  return request(`${COUCH_URL}/_replicate`, {
    method: 'POST',
    headers: { authorization: AUTH, 'content-type': 'application/json' },
    body: JSON.stringify({ source: `hr_${facility}`, target: `${target}/hr_${facility}` }),
  });
}

export async function probePeer(peerUrl: string) {
  // expect: ssrf
  const res = await request(`${peerUrl}/_up`, { method: 'GET', headersTimeout: 5000 });
  return res.statusCode === 200;
}
