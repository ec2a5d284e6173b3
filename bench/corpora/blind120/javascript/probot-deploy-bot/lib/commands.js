const { deploy, deployChecked } = require('./deployer');

const COMMAND_RE = /^\/(deploy|redeploy)\s+(\S+)(?:\s+(\S+))?/m;

function parseCommand(body) {
  const match = COMMAND_RE.exec(body);
  if (!match) return null;
  const [, name, environment, ref] = match;
  return { name, environment, ref };
}

async function handleComment(context) {
  const command = parseCommand(context.payload.comment.body);
  if (!command) return;
  const { name, environment } = command;
  const ref = command.ref || context.payload.repository.default_branch;

  let output;
  if (name === 'redeploy') {
    output = await deploy(environment, ref);
  } else {
    output = await deployChecked(environment, ref);
  }
  await context.octokit.issues.createComment(context.issue({ body: '```\n' + output.slice(-3000) + '\n```' }));
}

module.exports = { handleComment, parseCommand };
