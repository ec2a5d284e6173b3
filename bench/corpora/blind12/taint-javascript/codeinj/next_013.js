// library: Next.js API route + vm.runInNewContext
// vm.runInNewContext: value from the request (body)
import vm from 'vm';

export default async function handler(req, res) {
  if (req.method !== 'POST') {
    return res.status(405).end();
  }
  let param = req.body.expr;
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
      bar = '2 * 3';
      break;
    default:
      bar = '[1, 2]';
  }
  // expect: code-injection
  const out = vm.runInNewContext(bar, { Math }, { timeout: 50 });
  res.status(200).json({ out });
}
