// Lambda: makes thumbnails of uploaded images with the ImageMagick layer.
const { execSync, spawnSync, execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const TMP = '/tmp';
const ALLOWED_SIZES = { small: '160x160', medium: '480x480', large: '1024x1024' };

function toolVersion() {
  return execSync('convert -version').toString().split('\n')[0];
}

exports.handler = async function (event) {
  const body = JSON.parse(event.body || '{}');
  const input = path.join(TMP, path.basename(body.key || 'input.jpg'));
  const output = path.join(TMP, 'thumb-' + path.basename(input));

  if (body.mode === 'quick') {
    // expect: command-injection
    execSync('convert ' + input + ' -resize ' + body.size + ' ' + output);
  } else if (body.mode === 'preset') {
    const size = ALLOWED_SIZES[body.preset] || ALLOWED_SIZES.small;
    execFileSync('convert', [input, '-resize', size, output]);
  } else if (body.mode === 'filter') {
    // expect: command-injection
    spawnSync(`convert ${input} -filter ${event.queryStringParameters.filter} ${output}`, { shell: true });
  } else if (body.mode === 'tool') {
    // expect: command-injection
    spawnSync(body.tool, [input, output]);
  } else {
    spawnSync('convert', [input, '-thumbnail', '160x160', output]);
  }

  const stat = fs.statSync(output);
  return {
    statusCode: 200,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ output: path.basename(output), bytes: stat.size, tool: toolVersion() }),
  };
};
