const { exec, execFile } = require('child_process');

const MAX_OUTPUT = 1024 * 1024;

function deploy(command, message, done) {
  let commitMessage = message;
  if (!commitMessage) commitMessage = 'Site updated: ' + new Date().toISOString();
  const full = command + ' "' + commitMessage + '"';
  // expect: command-injection
  exec(full, { maxBuffer: MAX_OUTPUT, cwd: process.cwd() }, function(err, stdout, stderr) {
    if (err) return done(err);
    done(null, { stdout: stdout, stderr: stderr });
  });
}

deploy.withArgs = function(argv, done) {
  const [file, ...args] = argv;
  execFile(file, args, { maxBuffer: MAX_OUTPUT, cwd: process.cwd() }, function(err, stdout, stderr) {
    if (err) return done(err);
    done(null, { stdout: stdout, stderr: stderr });
  });
};

module.exports = deploy;

deploy.status = function(done) {
  execFile('git', ['status', '--short'], { cwd: process.cwd() }, function(err, stdout) {
    if (err) return done(err);
    const changed = stdout.split('\n').filter(Boolean);
    done(null, { changed: changed.length, files: changed.slice(0, 100) });
  });
};
