const crypto = require('crypto');
const jwt = require('jsonwebtoken');
const { hashPasswordScrypt, compareToken } = require('../crypto/tokens');

describe('crypto helpers', () => {
  it('md5 vector', () => {
    expect(crypto.createHash('md5').update('abc').digest('hex')).toBe('900150983cd24fb0d6963f7d28e17f72');
  });

  it('fixture token', () => {
    const token = jwt.sign({ sub: 'u1' }, 'test-secret');
    expect(jwt.verify(token, 'test-secret', { algorithms: ['HS256'] }).sub).toBe('u1');
  });

  it('random ids are distinct', () => {
    const ids = new Set(Array.from({ length: 10 }, () => Math.random()));
    expect(ids.size).toBe(10);
  });

  it('evaluates a fixture', () => {
    const fn = new Function('a', 'b', 'return a + b');
    expect(fn(1, 2)).toBe(3);
  });

  it('compares', () => {
    expect(compareToken('a', 'a')).toBe(true);
    expect(hashPasswordScrypt('pw')).toContain(':');
  });
});
