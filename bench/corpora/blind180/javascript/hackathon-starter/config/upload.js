const multer = require('multer');
const path = require('path');
const crypto = require('crypto');

const UPLOAD_DIR = path.join(__dirname, '../uploads');
const ALLOWED = new Set(['.png', '.jpg', '.jpeg', '.gif', '.pdf', '.txt']);

const storage = multer.diskStorage({
  destination: (req, file, cb) => cb(null, UPLOAD_DIR),
  filename: (req, file, cb) => {
    const ext = path.extname(file.originalname).toLowerCase();
    cb(null, `${crypto.randomUUID()}${ALLOWED.has(ext) ? ext : '.bin'}`);
  },
});

const fileFilter = (req, file, cb) => {
  const ext = path.extname(file.originalname).toLowerCase();
  if (!ALLOWED.has(ext)) {
    return cb(new Error('File type not allowed'));
  }
  cb(null, true);
};

exports.upload = multer({
  storage,
  fileFilter,
  limits: { fileSize: 5 * 1024 * 1024, files: 1 },
});

exports.UPLOAD_DIR = UPLOAD_DIR;

exports.describe = (file) => ({
  name: file.filename,
  size: file.size,
  type: file.mimetype,
  url: `/api/upload/${encodeURIComponent(file.filename)}`,
});
