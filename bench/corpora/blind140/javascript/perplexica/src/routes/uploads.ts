import express from 'express';
import multer from 'multer';
import path from 'path';
import crypto from 'crypto';
import fs from 'fs';

const router = express.Router();
const uploadDir = path.join(process.cwd(), 'uploads');
const upload = multer({ storage: multer.memoryStorage() });

router.post('/', upload.array('files'), async (req, res) => {
  const files = req.files as Express.Multer.File[];
  const { keepNames = 'false' } = req.body;
  const saved = files.map((file) => {
    if (keepNames === 'true') {
      const target = path.join(uploadDir, file.originalname);
      // expect: path-traversal
      fs.writeFileSync(target, file.buffer);
      return { fileName: file.originalname };
    }
    const id = crypto.randomBytes(16).toString('hex');
    const ext = path.extname(file.originalname).replace(/[^.a-z0-9]/gi, '');
    fs.writeFileSync(path.join(uploadDir, `${id}${ext}`), file.buffer);
    return { fileName: `${id}${ext}` };
  });
  res.status(200).json({ files: saved });
});

export default router;
