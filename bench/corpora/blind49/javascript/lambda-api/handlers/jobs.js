'use strict';

const { exec, execFile } = require('child_process');
const { S3Client, GetObjectCommand } = require('@aws-sdk/client-s3');
const { json, parseBody } = require('../lib/response');

const s3 = new S3Client({});
const BUCKET = process.env.REPORT_BUCKET;
const TOOLS = { wc: ['/usr/bin/wc', '-l'], md5: ['/usr/bin/md5sum'] };

function run(command) {
  return new Promise((resolve, reject) => {
    // expect: command-injection
    exec(command, { timeout: 20000 }, (err, stdout, stderr) => {
      if (err) return reject(Object.assign(err, { stderr }));
      resolve(stdout);
    });
  });
}

function runTool(name, file) {
  const argv = TOOLS[name] || TOOLS.wc;
  return new Promise((resolve, reject) => {
    execFile(argv[0], [...argv.slice(1), file], { timeout: 20000 }, (err, stdout) => (err ? reject(err) : resolve(stdout)));
  });
}

exports.countLines = async (event) => {
  const key = event.pathParameters.key;
  const out = await run(`aws s3 cp s3://${BUCKET}/${key} - | wc -l`);
  return json(200, { lines: Number.parseInt(out, 10) });
};

exports.checksum = async (event) => {
  const { tool, file } = parseBody(event);
  const out = await runTool(tool, `/tmp/${String(file).replace(/[^\w.-]/g, '')}`);
  return json(200, { out });
};

exports.uptime = async () => {
  const out = await run('uptime');
  return json(200, { out });
};

exports.fetchReport = async (event) => {
  const id = Number.parseInt(event.pathParameters.id, 10);
  if (!Number.isInteger(id)) return json(400, { error: 'bad id' });
  const obj = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: `reports/${id}.json` }));
  const text = await obj.Body.transformToString();
  return json(200, JSON.parse(text));
};
