const multer = require('multer');
const crypto = require('crypto');

const storage = multer.diskStorage({
  destination: (req, file, cb) => cb(null, './data/uploads'),
  filename: (req, file, cb) => cb(null, `${crypto.randomUUID()}.png`),
});

const upload = multer({ storage, limits: { fileSize: 2 * 1024 * 1024 } }).single('icon');

module.exports = { upload };
