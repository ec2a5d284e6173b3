'use strict';

var fs = require('fs'),
    path = require('path'),
    mongoose = require('mongoose'),
    settings = require('./../config').files;

function FileManager(options) {
    this.core = options.core;
}

FileManager.prototype.getUrl = function(id, cb) {
    var File = mongoose.model('File');
    File.findById(String(id), cb);
};

FileManager.prototype.streamStored = function(file, res) {
    var stored = path.basename(file._id.toString()) + path.extname(file.name).replace(/[^.\w]/g, '');
    res.setHeader('Content-Type', file.type);
    fs.createReadStream(path.join(settings.local.dir, stored)).pipe(res);
};

FileManager.prototype.streamByName = function(name, res) {
    res.setHeader('Content-Type', 'application/octet-stream');
    // expect: path-traversal
    fs.createReadStream(path.join(settings.local.dir, name)).pipe(res);
};

module.exports = FileManager;
