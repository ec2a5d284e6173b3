// eval: the pre-JSON.parse "parse with eval" idiom, async body reading
import http from 'node:http';

function readBody(req) {
  return new Promise((resolve, reject) => {
    let data = '';
    req.on('data', (chunk) => (data += chunk));
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}

export function parseLegacyJson(text) {
  // expect: code-injection
  return eval('(' + text + ')');
}

export function parseJson(text) {
  return JSON.parse(text);
}

export const server = http.createServer(async (req, res) => {
  const body = await readBody(req);
  if (req.url === '/legacy') {
    // expect: code-injection
    const payload = eval(`(${body})`);
    res.end(String(Object.keys(payload).length));
    return;
  }
  const payload = JSON.parse(body);
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify({ keys: Object.keys(payload).length }));
});

export async function loadPlugin(url) {
  const response = await fetch(url);
  const source = await response.text();
  // expect: code-injection
  return eval(source);
}
