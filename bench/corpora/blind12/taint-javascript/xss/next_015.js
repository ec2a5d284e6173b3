// library: Next.js API route + HTML vs JSON response
// HTML vs JSON response: value from the request (params)

export default async function handler(req, res) {
  const param = req.query.title || 'guest';
  if (!param) {
    return res.status(400).json({ error: 'bad request' });
  }
  const bar = param;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  // expect: xss
  res.status(200).send('<div class="banner">' + bar + '</div>');
}
