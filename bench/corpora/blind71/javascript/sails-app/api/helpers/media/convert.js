const { exec, execFile } = require('child_process');
const util = require('util');
const path = require('path');

const execAsync = util.promisify(exec);
const execFileAsync = util.promisify(execFile);

module.exports = {

  friendlyName: 'Convert image',

  inputs: {
    source: { type: 'string', required: true },
    width: { type: 'number', defaultsTo: 512 },
    format: { type: 'string', defaultsTo: 'png' },
    watermark: { type: 'string', defaultsTo: '' },
  },

  fn: async function ({ source, width, format, watermark }) {
    const FORMATS = ['png', 'jpg', 'webp'];
    const outFormat = FORMATS.includes(format) ? format : 'png';
    const inputPath = path.join(sails.config.uploads.dir, path.basename(source));
    const outputPath = `${inputPath}.${outFormat}`;
    await execFileAsync('convert', [inputPath, '-resize', `${Math.round(width)}x`, outputPath]);
    if (watermark) {
      // expect: command-injection
      await execAsync(`convert ${outputPath} -gravity southeast -annotate +10+10 "${watermark}" ${outputPath}`);
    }
    return path.basename(outputPath);
  },

};
