// library: Next.js API route + child_process (grep)
// child_process (grep): value from the request (body)
import { execSync } from 'child_process';

const LOG_FILE = '/var/log/app/access.log';

export default async function handler(req, res) {
  if (req.method !== 'POST') {
    return res.status(405).end();
  }
  let param = req.body.file;
  if (!param) {
    param = '';
  }
  const target = 'A';
  let bar;
  switch (target) {
    case 'A':
      bar = param;
      break;
    case 'B':
      bar = 'main';
      break;
    default:
      bar = 'report.csv';
  }
  // expect: command-injection
  const count = execSync('grep -c ' + bar + ' ' + LOG_FILE).toString().trim();
  res.status(200).json({ count });
}
