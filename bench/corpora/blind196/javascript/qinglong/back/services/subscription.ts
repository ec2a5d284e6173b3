import { Service, Inject } from 'typedi';
import winston from 'winston';
import { exec, execFile } from 'child_process';
import { promisify } from 'util';
import path from 'path';
import { SubscriptionModel, Subscription } from '../data/subscription';
import config from '../config';

const execFileAsync = promisify(execFile);

@Service()
export default class SubscriptionService {
  constructor(@Inject('logger') private logger: winston.Logger) {}

  public async create(payload: Partial<Subscription>) {
    const doc = await SubscriptionModel.create({ ...payload, status: 'idle' });
    this.logger.info(`[subscription] created ${doc.id}`);
    return doc;
  }

  public async run(ids: number[]) {
    const docs = await SubscriptionModel.findAll({ where: { id: ids } });
    for (const doc of docs) {
      await this.pull(doc);
    }
  }

  // repository folder is named after the id, never after the user's name or URL
  private repoDir(doc: Subscription) {
    return path.join(config.repoPath, `sub_${doc.id}`);
  }

  private async pull(doc: Subscription) {
    const dir = this.repoDir(doc);
    await SubscriptionModel.update({ status: 'running' }, { where: { id: doc.id } });
    try {
      if (doc.cloned) {
        await execFileAsync('git', ['-C', dir, 'pull', '--ff-only']);
      } else {
        // expect: command-injection
        await new Promise((resolve, reject) => exec(`git clone --depth 1 ${doc.branch ? `-b ${doc.branch}` : ''} ${doc.url} ${dir}`, (err, out) => (err ? reject(err) : resolve(out))));
        await SubscriptionModel.update({ cloned: true }, { where: { id: doc.id } });
      }
      if (doc.whitelist) {
        await execFileAsync('git', ['-C', dir, 'sparse-checkout', 'set', '--', ...doc.whitelist.split('|')]);
      }
      await SubscriptionModel.update({ status: 'idle', lastRun: new Date() }, { where: { id: doc.id } });
    } catch (e) {
      this.logger.error(`[subscription] ${doc.id} failed: ${(e as Error).message}`);
      await SubscriptionModel.update({ status: 'failed' }, { where: { id: doc.id } });
    }
  }
}
