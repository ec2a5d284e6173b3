'use strict';

const exporthtml = require('../utils/ExportHtml');
const exporttxt = require('../utils/ExportTxt');
const fsp = require('fs').promises;
const os = require('os');
const settings = require('../utils/Settings');
const abiword = require('../utils/Abiword');
const libreoffice = require('../utils/LibreOffice');

const tempDirectory = os.tmpdir();

exports.doExport = async (req, res, padId, readOnlyId, type) => {
  let fileName = readOnlyId ? readOnlyId : padId;
  if (typeof req.query.filename === 'string' && req.query.filename.length > 0) {
    fileName = req.query.filename;
  }

  res.attachment(`${fileName}.${type}`);

  if (type === 'txt') {
    const txt = await exporttxt.getPadTXTDocument(padId, req.params.rev);
    return res.send(txt);
  }

  const html = await exporthtml.getPadHTMLDocument(padId, req.params.rev, readOnlyId);
  if (type === 'html') {
    return res.send(html);
  }

  const randNum = Math.floor(Math.random() * 0xFFFFFFFF);
  const srcFile = `${tempDirectory}/etherpad_export_${randNum}.html`;
  await fsp.writeFile(srcFile, html);

  const destFile = `${tempDirectory}/etherpad_export_${randNum}.${type}`;
  if (settings.soffice != null) {
    await libreoffice.convertFile(srcFile, destFile, type);
  } else {
    await abiword.convertFile(srcFile, destFile, type, fileName);
  }

  try {
    await new Promise((resolve, reject) => res.sendFile(destFile, null, (err) => err ? reject(err) : resolve()));
  } finally {
    await fsp.unlink(srcFile).catch(() => {});
    await fsp.unlink(destFile).catch(() => {});
  }
};
