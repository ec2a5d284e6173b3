'use strict';

const { exec, execSync, spawn, execFile } = require('child_process');
const crypto = require('crypto');
const path = require('path');

// Media-processing Lambdas: S3 upload events and an API Gateway endpoint.
exports.handler = function (event, context, callback) {
  const key = decodeURIComponent(event.Records[0].s3.object.key.replace(/\+/g, ' '));
  // expect: command-injection
  execSync(`convert /tmp/in "${key}" -resize 640x /tmp/out.jpg`);
  callback(null, { ok: true });
};

function probeHandler(event, context) {
  const body = JSON.parse(event.body);
  return new Promise((resolve, reject) => {
    // expect: command-injection
    exec('ffprobe -v quiet -print_format json -show_format ' + body.url, (err, stdout) => (err ? reject(err) : resolve({ statusCode: 200, body: stdout })));
  });
}

exports.probe = probeHandler;

const transcode = async function (event) {
  const { tool, preset } = event.queryStringParameters;
  // expect: command-injection
  const child = spawn(tool, ['-preset', preset, '/tmp/input.mp4', '/tmp/output.mp4']);
  return new Promise((resolve) => child.on('close', (code) => resolve({ statusCode: code === 0 ? 200 : 500 })));
};

exports.transcode = transcode;

exports.watermark = async (event) => {
  const text = event.detail.watermarkText;
  // expect: command-injection
  execSync('convert /tmp/frame.png -annotate +10+10 "' + text + '" /tmp/marked.png');
  return { statusCode: 200 };
};

// Safe look-alikes: fixed binaries, event values only in argument arrays of execFile.
exports.version = async function () {
  return execSync('ffmpeg -version', { encoding: 'utf8' }).split('\n')[0];
};

exports.thumbnail = function (event, context, callback) {
  const local = path.join('/tmp', crypto.randomUUID() + '.mp4');
  execFile('/opt/bin/ffmpeg', ['-i', local, '-frames:v', '1', local + '.jpg'], (err) => callback(err, { key: event.Records[0].s3.object.key }));
};
