const { handleComment } = require('./lib/commands');
const { previewPullRequest } = require('./lib/preview');
const { logIssue } = require('./lib/audit');
const { statusRouter } = require('./lib/status');

/**
 * @param {import('probot').Probot} app
 */
module.exports = (app, { getRouter }) => {
  app.on('issue_comment.created', handleComment);

  app.on('pull_request.opened', async (context) => {
    const { number, body } = context.payload.pull_request;
    context.log.info({ number }, 'pull request opened');
    await previewPullRequest(context, body || '');
  });

  app.on('issues.opened', async (context) => {
    const { title, user } = context.payload.issue;
    logIssue(context.payload.repository.full_name, user.login, title);
    await context.octokit.issues.addLabels(context.issue({ labels: ['triage'] }));
  });

  if (getRouter) {
    statusRouter(getRouter('/deploy-bot'));
  }
};
