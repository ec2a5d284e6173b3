'use strict';

const cp = require('child_process');
const { execSync, spawnSync } = require('child_process');
const path = require('path');
const util = require('util');

const execAsync = util.promisify(cp.exec);
const CONVERT = '/opt/bin/convert';
const WORK_DIR = '/tmp/thumbs';
const SIZE_RE = /^\d{2,4}x\d{2,4}$/;

function parseRecord(record) {
  return {
    bucket: record.s3.bucket.name,
    key: decodeURIComponent(record.s3.object.key.replace(/\+/g, ' ')),
  };
}

async function makeThumbnail(event, context) {
  const { bucket, key } = parseRecord(event.Records[0]);
  const local = path.join(WORK_DIR, path.basename(key));
  const out = local + '.thumb.png';

  // expect: command-injection
  execSync(`aws s3 cp s3://${bucket}/${key} ${local}`, { stdio: 'inherit' });

  // Safe: no shell, a validated size, a path under the work directory.
  const dims = SIZE_RE.test(event.size || '') ? event.size : '200x200';
  spawnSync(CONVERT, [local, '-resize', dims, out], { stdio: 'inherit' });

  const watermark = event.watermark || 'none';
  const cmd = CONVERT + ' ' + out + ' -gravity south -annotate 0 "' + watermark + '" ' + out;
  // expect: command-injection
  cp.exec(cmd, (err) => {
    if (err) context.fail(err);
  });

  // expect: command-injection
  await execAsync(`aws s3 cp ${out} s3://${event.targetBucket}/thumbs/`);

  // Safe: a constant command.
  cp.execSync('rm -rf ' + WORK_DIR + '/*');
  return { statusCode: 200, body: JSON.stringify({ thumbnail: path.basename(out) }) };
}

exports.handler = makeThumbnail;

exports.probe = function (event, context, callback) {
  const tool = event.tool || 'identify';
  // expect: command-injection
  const result = spawnSync(tool, ['-version'], { encoding: 'utf8' });
  callback(null, { statusCode: 200, body: result.stdout });
};
