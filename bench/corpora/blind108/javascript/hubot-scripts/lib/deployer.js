const { exec, execFile } = require('child_process');

const ENVIRONMENTS = ['staging', 'production', 'qa'];

class Deployer {
  constructor(appDir) {
    this.appDir = appDir;
  }

  deploy(branch, environment, cb) {
    const env = environment || 'staging';
    // expect: command-injection
    exec(`cd ${this.appDir} && bundle exec cap ${env} deploy BRANCH=${branch}`, { timeout: 600000 }, cb);
  }

  rollback(environment, cb) {
    if (!ENVIRONMENTS.includes(environment)) return cb(new Error('unknown environment'));
    execFile('bundle', ['exec', 'cap', environment, 'deploy:rollback'], { cwd: this.appDir }, cb);
  }
}

module.exports = { Deployer, ENVIRONMENTS };
