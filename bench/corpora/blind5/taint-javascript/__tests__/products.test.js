const request = require('supertest');
const { exec } = require('child_process');
const app = require('../express-shop/app');

describe('products', () => {
  it('escapes the greeting', async () => {
    const res = await request(app).get('/products/greet-safe?name=<script>');
    expect(res.text).not.toContain('<script>');
  });

  it('rejects traversal', async () => {
    const res = await request(app).get('/products/image-safe?file=../../etc/passwd');
    expect(res.status).toBe(404);
  });

  it('has convert installed', (done) => {
    exec('convert -version', (err, out) => {
      expect(out).toMatch(/ImageMagick/);
      done();
    });
  });

  it('same-origin redirect only', async () => {
    const res = await request(app).get('/products/back-safe?returnTo=//evil.example');
    expect(res.headers.location).toBe('/');
  });
});
