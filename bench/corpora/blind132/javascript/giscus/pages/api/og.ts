import { NextApiRequest, NextApiResponse } from 'next';
import { loadAvatar } from '../../lib/avatar';

export default async function OgImageApi(req: NextApiRequest, res: NextApiResponse) {
  const { avatar, login } = req.query;
  const image = await loadAvatar(avatar ? String(avatar) : undefined, login ? String(login) : undefined);

  res.setHeader('Content-Type', 'image/png');
  res.status(200).send(image);
}
