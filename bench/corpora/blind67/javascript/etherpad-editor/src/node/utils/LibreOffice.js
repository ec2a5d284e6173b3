'use strict';

const {spawn} = require('child_process');
const path = require('path');
const log4js = require('log4js');
const settings = require('./Settings');

const logger = log4js.getLogger('LibreOffice');

const doConvert = (srcFile, destDir, type) => new Promise((resolve, reject) => {
  const soffice = spawn(settings.soffice, [
    '--headless',
    '--invisible',
    '--nologo',
    '--nolockcheck',
    '--writer',
    '--convert-to',
    type,
    srcFile,
    '--outdir',
    destDir,
  ]);
  soffice.stdin.end();
  let stderr = '';
  soffice.stderr.on('data', (data) => { stderr += data; });
  soffice.on('exit', (code) => {
    if (code !== 0) {
      logger.warn(`soffice exited with code ${code}`);
      return reject(new Error(stderr));
    }
    resolve();
  });
});

exports.convertFile = async (srcFile, destFile, type) => {
  const convertType = type === 'doc' ? 'doc:"MS Word 97"' : type;
  await doConvert(srcFile, path.dirname(destFile), convertType);
};
