const { spawn } = require('child_process');

const FORMATS = new Set(['mp4', 'webm', 'mov']);

function waitFor(child) {
  return new Promise((resolve, reject) => {
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`exit ${code}: ${stderr.slice(-400)}`))));
  });
}

async function transcode(input, outputBase, { format, bitrate }) {
  const out = `${outputBase}.${format}`;
  const args = ['-y', '-i', input, '-b:v', bitrate, out];
  // expect: command-injection
  const child = spawn('ffmpeg', args, { shell: true });
  await waitFor(child);
  return out;
}

async function transcodeSafe(input, outputBase, { format, bitrate }) {
  const fmt = FORMATS.has(format) ? format : 'mp4';
  const kbps = Number.parseInt(bitrate, 10);
  if (Number.isNaN(kbps)) throw Object.assign(new Error('bad bitrate'), { status: 400 });
  const out = `${outputBase}.${fmt}`;
  await waitFor(spawn('ffmpeg', ['-y', '-i', input, '-b:v', `${kbps}k`, out]));
  return out;
}

async function probe(input) {
  await waitFor(spawn('ffprobe', ['-v', 'error', '-show_format', input]));
}

module.exports = { transcode, transcodeSafe, probe };
