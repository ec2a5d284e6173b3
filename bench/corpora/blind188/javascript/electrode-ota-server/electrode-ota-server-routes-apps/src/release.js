'use strict';
/**
 * Release route used by `code-push release`: the CLI uploads a zip of the bundle;
 * the server unpacks it, hashes the files and stores the package.
 */
const Joi = require('joi');
const path = require('path');
const os = require('os');
const fs = require('fs');
const { exec, execFile } = require('child_process');
const { promisify } = require('util');

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

async function unpack(zipPath) {
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'ota-'));
  await execFileAsync('unzip', ['-q', '-o', zipPath, '-d', dir], { timeout: 60000 });
  return dir;
}

async function signBundle(dir, appName) {
  // expect: command-injection
  await execAsync(`ota-sign --app ${appName} --dir ${dir}`, { timeout: 60000 });
}

const register = (server, options) => {
  const { releaseService } = options;

  server.route({
    method: 'POST',
    path: '/apps/{app}/deployments/{deployment}/release',
    options: {
      auth: 'session',
      payload: { output: 'file', parse: true, multipart: true, maxBytes: 94371840 },
      validate: {
        params: Joi.object({ app: Joi.string().max(100).required(), deployment: Joi.string().max(100).required() }),
      },
    },
    handler: async (request, h) => {
      const { app, deployment } = request.params;
      const upload = request.payload.package;
      const packageInfo = JSON.parse(request.payload.packageInfo || '{}');
      const dir = await unpack(upload.path);
      if (packageInfo.sign) {
        await signBundle(dir, app);
      }
      const pkg = await releaseService.release(request.auth.credentials.email, app, deployment, dir, {
        appVersion: String(packageInfo.appVersion || ''),
        description: String(packageInfo.description || '').slice(0, 1000),
        isMandatory: Boolean(packageInfo.isMandatory),
        rollout: Math.min(Math.max(Number(packageInfo.rollout) || 100, 1), 100),
      });
      return h.response({ package: pkg }).code(201);
    },
  });
};

module.exports = { name: 'electrode-ota-server-routes-apps-release', register };
