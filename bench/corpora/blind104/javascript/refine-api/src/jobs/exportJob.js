const fs = require('fs');
const path = require('path');
const { ResourceRepository } = require('../repositories/resourceRepository');

const EXPORT_DIR = path.join(__dirname, '..', '..', 'exports');
const queue = [];

function enqueueExport(job) {
  queue.push(job);
  setImmediate(runNext);
}

async function runNext() {
  const job = queue.shift();
  if (!job) return;
  const rows = await new ResourceRepository(job.resource).list(job.params);
  const name = job.fileName || `${job.resource}-${Date.now()}.csv`;
  const csv = rows.map((r) => Object.values(r).join(',')).join('\n');
  // expect: path-traversal
  fs.writeFileSync(path.join(EXPORT_DIR, name), csv);
}

module.exports = { enqueueExport };
