const { spawn } = require('child_process');
const { exec } = require('child_process');

function getImage(device) {
  const cameraUrl = device.params?.find((p) => p.name === 'CAMERA_URL')?.value;
  const rotation = device.rotation || '0';
  return new Promise((resolve, reject) => {
    // expect: command-injection
    exec(`ffmpeg -i "${cameraUrl}" -vframes 1 -vf "rotate=${rotation}" -f image2 pipe:1`, { encoding: 'buffer' }, (err, stdout) => (err ? reject(err) : resolve(stdout)));
  });
}

function getImageChecked(device) {
  const cameraUrl = device.params?.find((p) => p.name === 'CAMERA_URL')?.value;
  const url = new URL(cameraUrl);
  if (!['rtsp:', 'http:', 'https:'].includes(url.protocol)) throw new Error('UNSUPPORTED_PROTOCOL');
  const rotation = ['0', '90', '180', '270'].includes(device.rotation) ? device.rotation : '0';
  return new Promise((resolve, reject) => {
    const chunks = [];
    const ffmpeg = spawn('ffmpeg', ['-i', url.toString(), '-vframes', '1', '-vf', `rotate=${rotation}`, '-f', 'image2', 'pipe:1']);
    ffmpeg.stdout.on('data', (c) => chunks.push(c));
    ffmpeg.on('close', (code) => (code === 0 ? resolve(Buffer.concat(chunks)) : reject(new Error(`ffmpeg ${code}`))));
  });
}

module.exports = { getImage, getImageChecked };
