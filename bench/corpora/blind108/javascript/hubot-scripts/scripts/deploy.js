// Description:
//   Deploys applications from chat.
//
// Commands:
//   hubot deploy <branch> to <env> - deploys a branch
//   hubot rollback <env> - rolls the last deploy back

const { Deployer } = require('../lib/deployer');

module.exports = (robot) => {
  const deployer = new Deployer(process.env.HUBOT_DEPLOY_DIR || '/srv/app');

  robot.respond(/deploy (\S+)(?: to (\S+))?$/i, (res) => {
    const branch = res.match[1];
    const env = res.match[2];
    res.reply(`deploying ${branch}...`);
    deployer.deploy(branch, env, (err) => res.send(err ? 'deploy failed' : 'deploy done'));
  });

  robot.respond(/rollback (\S+)$/i, (res) => {
    deployer.rollback(res.match[1], (err) => res.send(err ? err.message : 'rolled back'));
  });
};
