'use strict';

const request = require('supertest');
const https = require('https');
const crypto = require('crypto');
const { app } = require('../server/app');

const TEST_PASSWORD = 'test-password-123';
const insecureAgent = new https.Agent({ rejectUnauthorized: false });

describe('api', () => {
  beforeAll(() => {
    process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
  });

  it('greets', async () => {
    const res = await request(app).get('/api/greet/json?name=Ann');
    expect(res.body.greeting).toBe('Hello Ann');
  });

  it('logs in', async () => {
    const res = await request(app).post('/api/login').send({ user: 'ann', password: TEST_PASSWORD });
    expect(res.status).toBe(200);
  });

  it('md5 vector', () => {
    expect(crypto.createHash('md5').update('abc').digest('hex')).toBe('900150983cd24fb0d6963f7d28e17f72');
  });

  it('random ids are distinct', () => {
    const ids = new Set(Array.from({ length: 100 }, () => Math.random().toString(36)));
    expect(ids.size).toBe(100);
  });

  it('talks to the local stub over TLS', async () => {
    const res = await fetch('https://localhost:8443/health', { agent: insecureAgent });
    expect(res.ok).toBe(true);
  });

  it('evaluates a fixture expression', () => {
    expect(eval('1 + 2')).toBe(3);
  });
});
