// library: Next.js API route + HTML response (banner)
// HTML response (banner): value from the request (params)


const ALLOWED = ['guest', 'visitor', 'member'];

export default async function handler(req, res) {
  const param = req.query.title || 'guest';
  if (!ALLOWED.includes(param)) {
    return res.status(400).json({ error: 'bad request' });
  }
  const bar = param;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.status(200).send('<div class="banner">' + bar + '</div>');
}
