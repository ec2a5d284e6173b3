const fs = require('fs');
const path = require('path');
const config = require('../config');

exports.uploadImage = function (imagePath, callback) {
  const fileName = path.basename(imagePath);
  fs.copyFile(imagePath, path.join(config.uploadsPath, fileName), (err) => {
    if (err) return callback(err);
    callback(null, `${config.serverURL}/uploads/${fileName}`);
  });
};

exports.deleteImage = function (name, callback) {
  // expect: path-traversal
  fs.unlink(path.join(config.uploadsPath, name), callback);
};

exports.deleteImageChecked = function (name, callback) {
  const target = path.resolve(config.uploadsPath, name);
  if (!target.startsWith(path.resolve(config.uploadsPath) + path.sep)) return callback(new Error('bad name'));
  fs.unlink(target, callback);
};
