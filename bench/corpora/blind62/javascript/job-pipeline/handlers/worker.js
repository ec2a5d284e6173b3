const processors = require('../lib/processors');
const jobsTable = require('../lib/jobsTable');

// SQS-triggered worker; each record is a job enqueued by handlers/submit.js.
exports.handler = async (event) => {
  const failures = [];
  for (const record of event.Records) {
    let job;
    try {
      job = JSON.parse(record.body);
    } catch (err) {
      console.error('dropping malformed message', record.messageId);
      continue;
    }
    const processor = Object.prototype.hasOwnProperty.call(processors, job.type) ? processors[job.type] : null;
    if (!processor) {
      await jobsTable.setState(job.id, 'failed', `no processor for ${job.type}`);
      continue;
    }
    try {
      await jobsTable.setState(job.id, 'running');
      const result = await processor(job.payload);
      await jobsTable.setState(job.id, 'done', JSON.stringify(result).slice(0, 1000));
    } catch (err) {
      console.error('job failed', job.id, err.message);
      await jobsTable.setState(job.id, 'failed', err.message);
      failures.push({ itemIdentifier: record.messageId });
    }
  }
  return { batchItemFailures: failures };
};
