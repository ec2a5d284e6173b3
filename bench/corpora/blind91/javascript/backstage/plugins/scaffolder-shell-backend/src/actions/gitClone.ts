import { executeShellCommand, resolveSafeChildPath } from '@backstage/backend-plugin-api';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { exec } from 'child_process';
import { promisify } from 'util';

const execAsync = promisify(exec);

// template parameters come from the form the user filled in the scaffolder UI
export const createGitCloneAction = () =>
  createTemplateAction({
    id: 'custom:git:clone',
    schema: {
      input: {
        branch: (z) => z.string().optional(),
        repoUrl: (z) => z.string(),
        targetPath: (z) => z.string().default('./'),
      },
    },
    async handler(ctx) {
      const targetDir = resolveSafeChildPath(ctx.workspacePath, ctx.input.targetPath);
      const args = ['clone', '--depth', '1'];
      if (ctx.input.branch) args.push('--branch', ctx.input.branch);
      args.push('--', ctx.input.repoUrl, targetDir);
      await executeShellCommand({ args, command: 'git', logStream: ctx.logStream });
    },
  });

export const createGitSubmoduleAction = () =>
  createTemplateAction({
    id: 'custom:git:submodule',
    schema: {
      input: {
        path: (z) => z.string(),
        repoUrl: (z) => z.string(),
      },
    },
    async handler(ctx) {
      const { repoUrl, path: submodulePath } = ctx.input;
      // expect: command-injection
      const { stdout } = await execAsync(`git submodule add ${repoUrl} ${submodulePath}`, { cwd: ctx.workspacePath });
      ctx.logger.info(stdout);
    },
  });
