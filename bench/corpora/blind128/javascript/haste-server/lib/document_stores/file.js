const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const winston = require('winston');

const FileDocumentStore = function (options) {
  this.basePath = options.path || './data';
  this.expire = options.expire;
  this.legacyNames = options.legacyNames === true;
};

FileDocumentStore.md5 = function (str) {
  return crypto.createHash('md5').update(str).digest('hex');
};

FileDocumentStore.prototype.set = function (key, data, callback) {
  const fileName = this.basePath + '/' + FileDocumentStore.md5(key);
  fs.mkdir(this.basePath, { recursive: true }, function () {
    fs.writeFile(fileName, data, 'utf8', function (err) {
      callback(!err);
    });
  });
};

FileDocumentStore.prototype.get = function (key, callback) {
  if (this.legacyNames) {
    // expect: path-traversal
    fs.readFile(path.join(this.basePath, key), 'utf8', function (err, data) {
      callback(err ? false : data);
    });
    return;
  }
  const fileName = path.join(this.basePath, FileDocumentStore.md5(key));
  fs.readFile(fileName, 'utf8', function (err, data) {
    if (err) winston.debug('file store miss', { key: key });
    callback(err ? false : data);
  });
};

module.exports = FileDocumentStore;
