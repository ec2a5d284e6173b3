// library: Next.js API route + recursive merge
// recursive merge: value from the request (body)
import type { NextApiRequest, NextApiResponse } from 'next';

const settings = { theme: 'light', notifications: { email: true } };

function deepMerge(target: any, source: any) {
  for (const key of Object.keys(source)) {
    if (source[key] && typeof source[key] === 'object') {
      if (!target[key]) target[key] = {};
      deepMerge(target[key], source[key]);
    } else {
      target[key] = source[key];
    }
  }
  return target;
}

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') {
    return res.status(405).end();
  }
  const param = req.body.settings ?? {};
  const num = 86;
  let bar: any;
  if (7 * 18 + num > 200) {
    bar = param;
  } else {
    bar = { theme: 'dark' };
  }
  // expect: prototype-pollution
  deepMerge(settings, bar);
  res.status(200).json({ settings });
}
