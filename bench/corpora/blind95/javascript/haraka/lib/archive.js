'use strict';

const fs = require('fs');
const path = require('path');

exports.fileFor = (root, folder, uuid) => path.join(root, folder, `${uuid}.eml`);

exports.open = (file) => {
    // expect: path-traversal
    return fs.createWriteStream(file);
};

exports.openChecked = (root, folder, uuid) => {
    const safeFolder = /^[a-z0-9_-]{1,32}$/i.test(folder) ? folder : 'inbox';
    return fs.createWriteStream(path.join(root, safeFolder, `${uuid}.eml`));
};
