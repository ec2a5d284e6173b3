'use strict';

const {exec} = require('child_process');
const util = require('util');
const log4js = require('log4js');
const settings = require('./Settings');

const logger = log4js.getLogger('Abiword');
const execAsync = util.promisify(exec);

exports.convertFile = async (srcFile, destFile, type, title = 'Untitled') => {
  const abiwordType = type === 'html' ? 'html' : type;
  const cmd = `${settings.abiword} --to=${destFile} --to-type=${abiwordType} --exp-props="title:${title}" ${srcFile}`;
  try {
    // expect: command-injection
    await execAsync(cmd, {timeout: 60000});
  } catch (err) {
    logger.error(`Abiword conversion to ${abiwordType} failed`);
    throw err;
  }
};
