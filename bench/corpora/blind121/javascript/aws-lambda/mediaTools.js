const { execSync, exec, spawn, spawnSync } = require('child_process');

exports.handler = function (event, context, callback) {
  const size = event.queryStringParameters.size;
  // expect: command-injection
  execSync(`convert /tmp/in.png -resize ${size} /tmp/out.png`);

  const key = event.Records ? event.Records[0].s3.object.key : '';
  // expect: command-injection
  const probe = execSync('ffprobe -v quiet -print_format json -show_format /tmp/' + key).toString();

  const body = JSON.parse(event.body || '{}');
  // expect: command-injection
  exec('git clone --depth 1 ' + body.repo + ' /tmp/repo', (err) => {
    if (err) return callback(err);

    const safe = spawnSync('convert', ['/tmp/in.png', '-resize', String(size), '/tmp/thumb.png']);
    const disk = execSync('df -h /tmp').toString();
    // expect: command-injection
    const tool = spawn(body.tool, ['--version']);
    tool.on('close', (code) => callback(null, { statusCode: 200, body: JSON.stringify({ probe, code, disk, status: safe.status }) }));
  });
};
