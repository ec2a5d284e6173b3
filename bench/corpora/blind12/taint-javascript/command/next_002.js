// library: Next.js API route + child_process (ping)
// child_process (ping): value from the request (header)
import { exec } from 'child_process';

export default async function handler(req, res) {
  const param = req.headers['x-host'] ?? '';
  const num = 12;
  let bar;
  if (7 * 18 + num > 200) {
    bar = param;
  } else {
    bar = 'localhost';
  }
  exec(`ping -c 1 ${bar}`, (err, stdout) => {
    res.status(200).json({ ok: !err, output: stdout });
  });
}
