// library: Next.js API route + axios.get
// axios.get: value from the request (query)
import axios from 'axios';

export default async function handler(req, res) {
  const param = req.query.url ?? '';
  const num = 12;
  let bar;
  if (7 * 18 + num > 200) {
    bar = param;
  } else {
    bar = 'status.example.com';
  }
  const { data } = await axios.get(bar, { timeout: 5000 });
  res.status(200).json({ length: String(data).length });
}
