const winston = require('winston');
const Busboy = require('busboy');

const DocumentHandler = function (options) {
  options = options || {};
  this.keyLength = options.keyLength || DocumentHandler.defaultKeyLength;
  this.maxLength = options.maxLength;
  this.store = options.store;
};

DocumentHandler.defaultKeyLength = 10;

const escapeHtml = function (s) {
  return String(s).replace(/[&<>"']/g, function (c) {
    return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
  });
};

DocumentHandler.prototype.handleGet = function (key, response, skipExpire) {
  this.store.get(key, function (ret) {
    if (ret) {
      winston.verbose('retrieved document', { key: key });
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ data: ret, key: key }));
    } else {
      winston.warn('document not found', { key: key });
      response.writeHead(404, { 'content-type': 'text/html' });
      response.end('<p>Document ' + escapeHtml(key) + ' not found.</p>');
    }
  }, skipExpire);
};

DocumentHandler.prototype.handleRawGet = function (key, response, skipExpire) {
  this.store.get(key, function (ret) {
    if (ret) {
      response.writeHead(200, { 'content-type': 'text/plain; charset=UTF-8' });
      response.end(ret);
    } else {
      // expect: log-injection
      winston.warn('raw document not found: ' + key);
      response.writeHead(404, { 'content-type': 'text/html' });
      // expect: xss
      response.end('<p>Raw document ' + key + ' not found.</p>');
    }
  }, skipExpire);
};

DocumentHandler.prototype.handlePost = function (request, response) {
  const _this = this;
  let buffer = '';
  let cancelled = false;

  const onSuccess = function () {
    if (_this.maxLength && buffer.length > _this.maxLength) {
      cancelled = true;
      response.writeHead(400, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ message: 'Document exceeds maximum length.' }));
      return;
    }
    const key = _this.chooseKey();
    _this.store.set(key, buffer, function (res) {
      if (res) {
        winston.verbose('added document', { key: key });
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ key: key }));
      } else {
        response.writeHead(500, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ message: 'Error adding document.' }));
      }
    });
  };

  const ct = request.headers['content-type'];
  if (ct && ct.split(';')[0] === 'multipart/form-data') {
    const busboy = Busboy({ headers: request.headers });
    busboy.on('field', function (fieldname, val) {
      if (fieldname === 'data') buffer = val;
    });
    busboy.on('finish', onSuccess);
    request.pipe(busboy);
  } else {
    request.on('data', function (data) { buffer += data.toString(); });
    request.on('end', function () { if (!cancelled) onSuccess(); });
  }
};

DocumentHandler.prototype.chooseKey = function () {
  const chars = 'abcdefghijklmnopqrstuvwxyz';
  let text = '';
  for (let i = 0; i < this.keyLength; i++) {
    text += chars.charAt(require('crypto').randomInt(chars.length));
  }
  return text;
};

module.exports = DocumentHandler;
