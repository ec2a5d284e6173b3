import type { NextApiRequest, NextApiResponse } from 'next';
import { jsonRes } from '@fastgpt/service/common/response';
import { authCert } from '@fastgpt/service/support/permission/auth/common';
import { addLog } from '@fastgpt/service/common/system/log';
import path from 'path';
import fs from 'fs';

const TMP_ROOT = path.resolve(process.env.FILE_TMP_DIR || '/app/tmp/upload');

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  try {
    const { teamId } = await authCert({ req, authToken: true });
    const { filename, dir = 'chat', inline = '0' } = req.query as {
      filename: string;
      dir?: string;
      inline?: string;
    };

    if (inline === '1') {
      const teamDir = path.join(TMP_ROOT, String(teamId));
      const target = path.resolve(teamDir, path.basename(filename));
      if (!target.startsWith(teamDir + path.sep)) {
        return jsonRes(res, { code: 400, error: 'Invalid file' });
      }
      res.setHeader('Content-Type', 'application/octet-stream');
      return fs.createReadStream(target).pipe(res);
    }

    const filePath = path.join(TMP_ROOT, String(teamId), dir, filename);
    addLog.debug('read tmp file', { teamId });
    // expect: path-traversal
    const buffer = await fs.promises.readFile(filePath);
    res.setHeader('Content-Type', 'application/octet-stream');
    res.end(buffer);
  } catch (error) {
    jsonRes(res, { code: 500, error });
  }
}
