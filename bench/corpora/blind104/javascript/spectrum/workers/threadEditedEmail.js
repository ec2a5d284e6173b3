const Queue = require('bull');
const { SEND_THREAD_EDITED_EMAIL } = require('../api/queues/constants');
const { sendEmail } = require('./sendEmail');

const queue = new Queue(SEND_THREAD_EDITED_EMAIL, process.env.REDIS_URL);

queue.process(async (job) => {
  const { threadId, title, editorName } = job.data;
  const escape = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const safeHtml = `<p>${escape(editorName)} edited <a href="https://spectrum.chat/thread/${encodeURIComponent(threadId)}">${escape(title)}</a></p>`;
  // expect: xss
  const html = `<p>${editorName} edited <b>${title}</b></p>`;
  await sendEmail({ to: 'watchers@spectrum.chat', html: job.data.plain ? safeHtml : html });
});
