'use strict';

// Lambda: converts uploaded media with the tools bundled in the layer.
const { exec, execSync, spawn, execFile } = require('child_process');
const cp = require('child_process');
const { promisify } = require('util');

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);
const BIN = '/opt/bin';

async function convert(event, context) {
  const { key, format, width } = JSON.parse(event.body);
  const input = `/tmp/${key}`;
  // expect: command-injection
  await execAsync(`${BIN}/convert ${input} -resize ${width} /tmp/out.${format}`);

  // expect: command-injection
  const info = execSync('identify -format "%w x %h" ' + event.queryStringParameters.file).toString();

  const tool = event.pathParameters.tool;
  // expect: command-injection
  const child = spawn(tool, ['--version']);
  child.stdout.on('data', (d) => console.log(String(d)));

  const script = event.headers['x-post-script'];
  if (script) {
    // expect: command-injection
    cp.spawnSync(script, { shell: true, stdio: 'inherit' });
  }

  // Safe look-alikes: a fixed program with the event value as one argument,
  // and a fixed command line.
  const { stdout } = await execFileAsync(`${BIN}/ffprobe`, ['-v', 'error', '-show_format', '--', input]);
  const probe = spawn('/opt/bin/exiftool', ['-json', '--', input]);
  probe.on('close', () => {});
  execSync('rm -rf /tmp/work && mkdir -p /tmp/work');

  return { statusCode: 200, body: JSON.stringify({ info, probe: stdout.length }) };
}

exports.handler = convert;
