"""A job a queue hands its processor holds what a route queued, often the request's own data
(`queue.add('thumb', { url: req.body.url })`): Bull's and BullMQ's `job.data` where the queue is the
app's own module's (`import { mediaQueue } from '../queues'`), and Agenda's `job.attrs.data`, are
followed to the processor's sinks; a value checked against the app's own list, or a job the app
makes itself, is not (issue 31)."""

from __future__ import annotations

from tests.analyzers.rules.test_javascript_framework_rules import checker, marked_and_found  # noqa: F401 (a fixture)

WATCHED = {"js/security/tainted-ssrf", "js/security/tainted-command", "js/security/tainted-path"}

BULL_WORKER = """\
import fetch from 'node-fetch'
import { spawnSync } from 'child_process'
import { mediaQueue } from '../queues'

const SIZES = ['small', 'large']

mediaQueue.process('thumbnail', 2, async function (job) {
  const size = SIZES.includes(job.data.size) ? job.data.size : 'small'
  spawnSync('convert', ['-resize', size, '/tmp/in.png', '/tmp/out.png'])
  const upstream = await fetch(job.data.sourceUrl)  // expect: js/security/tainted-ssrf
  return upstream.status
})

export function describe(job: { data: { sourceUrl: string } }) {
  return fetch('https://status.example.com/' + encodeURIComponent(job.data.sourceUrl))
}
"""

AGENDA_JOBS = """\
const fs = require('fs');
const path = require('path');

module.exports = (scheduler) => {
  scheduler.define('purge upload', async (job) => {
    await fs.promises.rm(path.join('/srv/uploads', job.attrs.data.upload));  // expect: js/security/tainted-path
  });

  const purgeCache = async (job) => {
    await fs.promises.rm(path.join('/srv/cache', job.attrs.data.key));  // expect: js/security/tainted-path
  };
  scheduler.define('purge cache', purgeCache);

  scheduler.define('purge upload checked', async (job) => {
    const upload = path.basename(String(job.attrs.data.upload));
    await fs.promises.rm(path.join('/srv/uploads', upload));
  });
};
"""

# a processor handed to the queue by name, the app's own queue class: the URL it fetches, unless the
# project's URL check answered it
NAMED_PROCESSOR = """\
import { PreviewQueue } from "../shared/queues";
import { validateUrl } from "../shared/network";

async function loadPreview(job: { data: { link: string } }) {
  const page = await fetch(job.data.link);  // expect: js/security/tainted-ssrf
  return page.text();
}

async function loadPreviewChecked(job: { data: { link: string } }) {
  const link = await validateUrl(job.data.link);
  return (await fetch(link)).text();
}

PreviewQueue.process(loadPreview);
PreviewQueue.process(loadPreviewChecked);
"""

FILES = {"src/workers/media.worker.ts": BULL_WORKER, "jobs/uploads.js": AGENDA_JOBS,
         "apps/workers/preview.ts": NAMED_PROCESSOR}


def test_queued_job_data_reaches_the_processors_sinks(checker):
    marked = {name: marked_and_found(checker, name, code, WATCHED) for name, code in FILES.items()}
    assert all(expected for expected, _ in marked.values())
    assert {name: found for name, (_, found) in marked.items()} == {name: expected for name, (expected, _) in marked.items()}
