// library: bullmq / child_process / node-fetch
const { Worker } = require('bullmq');
const { execFile, execSync } = require('child_process');
const path = require('path');

const OUT = '/srv/images/out';

function resize(job) {
  const { file, width } = job.data;
  const w = Number.parseInt(width, 10);
  if (!Number.isFinite(w)) throw new Error('bad width');
  return new Promise((resolve, reject) => {
    execFile('convert', [path.join('/srv/images/in', path.basename(file)), '-resize', `${w}x`, path.join(OUT, path.basename(file))], (err) =>
      err ? reject(err) : resolve(),
    );
  });
}

function annotate(job) {
  const { file, caption } = job.data;
  // expect: command-injection
  execSync(`convert /srv/images/in/${file} -annotate +5+5 "${caption}" ${OUT}/${file}`);
}

async function fetchSource(job) {
  // expect: ssrf
  const res = await fetch(job.data.sourceUrl);
  return Buffer.from(await res.arrayBuffer()).length;
}

const worker = new Worker(
  'images',
  async (job) => {
    switch (job.name) {
      case 'resize':
        return resize(job);
      case 'annotate':
        return annotate(job);
      case 'fetch':
        return fetchSource(job);
      default:
        throw new Error(`unknown job ${job.name}`);
    }
  },
  { connection: { host: process.env.REDIS_HOST || '127.0.0.1', port: 6379 } },
);

worker.on('failed', (job, err) => console.error(`job ${job.id} failed: ${err.message}`));
