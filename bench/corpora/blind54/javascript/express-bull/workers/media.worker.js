const { Worker } = require('bullmq');
const { connection } = require('../queues');
const { transcodeArgs, runFfmpeg, runShell, outputPath } = require('../lib/ffmpeg');

async function transcode(job) {
  const { source, preset, watermark } = job.data;
  const output = outputPath(job.id, `${preset}.mp4`);
  if (watermark) {
    const filter = `drawtext=text='${watermark}':x=10:y=10`;
    await runShell(`ffmpeg -y -i "${source}" -vf "${filter}" "${output}"`);
    return { output };
  }
  await runFfmpeg(transcodeArgs(source, output, preset));
  return { output };
}

async function thumbnail(job) {
  const { videoId, at } = job.data;
  const output = outputPath(videoId, `${at}.jpg`);
  await runShell(`ffmpeg -y -ss ${Number(at)} -i ${outputPath(Number(videoId), 'master.mp4')} -frames:v 1 ${output}`);
  return { output };
}

const worker = new Worker(
  'media',
  async (job) => {
    switch (job.name) {
      case 'transcode':
        return transcode(job);
      case 'thumbnail':
        return thumbnail(job);
      default:
        throw new Error(`unknown job ${job.name}`);
    }
  },
  { connection, concurrency: 2 }
);

worker.on('failed', (job, err) => console.error(`media job ${job && job.id} failed: ${err.message}`));
worker.on('completed', (job) => console.log(`media job ${job.id} done`));
