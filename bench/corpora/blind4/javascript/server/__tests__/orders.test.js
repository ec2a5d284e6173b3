'use strict';
const request = require('supertest');
const crypto = require('crypto');
const { app } = require('../app');

process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';

describe('orders', () => {
  it('lists open orders', async () => {
    const res = await request(app).get('/api/orders?status=open');
    expect(res.status).toBe(200);
  });

  it('hashes fixtures deterministically', () => {
    expect(crypto.createHash('md5').update('abc').digest('hex')).toBe('900150983cd24fb0d6963f7d28e17f72');
  });

  it('evaluates a fixture formula', () => {
    const fn = new Function('x', 'return x * 2');
    expect(fn(2)).toBe(4);
  });

  it('random ids are unique enough for fixtures', () => {
    const ids = new Set(Array.from({ length: 10 }, () => Math.random().toString(36).slice(2)));
    expect(ids.size).toBe(10);
  });
});
