// library: Next.js API route + child_process (ping)
// child_process (ping): value from the request (query)
import { exec } from 'child_process';
import { getParam } from '../lib/params';

export default async function handler(req, res) {
  const param = getParam(req, 'ref');
  const bar = param;
  // expect: command-injection
  exec(`ping -c 1 ${bar}`, (err, stdout) => {
    res.status(200).json({ ok: !err, output: stdout });
  });
}
