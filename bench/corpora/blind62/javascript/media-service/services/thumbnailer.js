const { exec, execFile } = require('child_process');
const util = require('util');

const execP = util.promisify(exec);
const execFileP = util.promisify(execFile);

const PRESETS = {
  small: '160x160',
  medium: '480x480',
  large: '1280x1280',
};

const GEOMETRY_RE = /^\d{1,4}x\d{1,4}$/;

class Thumbnailer {
  constructor(bin = process.env.CONVERT_BIN || 'convert') {
    this.bin = bin;
  }

  geometryFor(preset) {
    return PRESETS[preset] || preset;
  }

  async make(input, output, preset, watermark) {
    const geometry = this.geometryFor(preset);
    let cmd = `${this.bin} "${input}" -resize ${geometry}`;
    if (watermark) {
      cmd += ` -gravity southeast -annotate +10+10 '${watermark}'`;
    }
    cmd += ` "${output}"`;
    // expect: command-injection
    const { stderr } = await execP(cmd, { timeout: 60000 });
    return { output, warnings: stderr };
  }

  async makeSafe(input, output, preset) {
    const geometry = PRESETS[preset] || PRESETS.medium;
    await execFileP(this.bin, [input, '-resize', geometry, output], { timeout: 60000 });
    return { output };
  }

  async makeCustom(input, output, size) {
    if (!GEOMETRY_RE.test(size)) {
      throw Object.assign(new Error('bad size'), { status: 400 });
    }
    await execFileP(this.bin, [input, '-resize', size, output]);
    return { output };
  }
}

module.exports = new Thumbnailer();
