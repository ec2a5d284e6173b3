'use strict';

const got = require('got');
const dns = require('dns').promises;
const ipaddr = require('ipaddr.js');

const MAX_BYTES = 2 * 1024 * 1024;

async function assertPublicHost(url) {
    const { hostname, protocol } = new URL(url);
    if (protocol !== 'https:') throw new Error('only https sources are allowed');
    const addresses = await dns.lookup(hostname, { all: true });
    for (const { address } of addresses) {
        if (ipaddr.parse(address).range() !== 'unicast') {
            throw new Error(`refusing to fetch ${hostname}: not a public address`);
        }
    }
}

/** Fetches the linked spreadsheet of a chart after checking it resolves to a public address. */
async function fetchExternalData(url) {
    await assertPublicHost(url);
    const res = await got(url, { timeout: { request: 10000 }, followRedirect: false, responseType: 'text' });
    return res.body.slice(0, MAX_BYTES);
}

/** One-off import of a CSV the user pasted a link to. */
async function fetchUploadedUrl(url) {
    // expect: ssrf
    const res = await got(url, { timeout: { request: 10000 }, responseType: 'text' });
    if (res.body.length > MAX_BYTES) throw new Error('file too large');
    return res.body;
}

module.exports = { fetchExternalData, fetchUploadedUrl, assertPublicHost };
