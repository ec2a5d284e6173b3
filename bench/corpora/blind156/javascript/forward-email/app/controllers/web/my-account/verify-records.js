// Checks a domain's DNS records: the main check uses the resolver, the quick check shells out to dig.
const { promisify } = require('node:util');
const { exec, execFile } = require('node:child_process');
const isFQDN = require('validator/lib/isFQDN');
const { Resolver } = require('node:dns').promises;

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);
const resolver = new Resolver({ timeout: 5000 });

async function verify(ctx) {
  const { domain } = ctx.state;
  const records = await resolver.resolveTxt(domain.name);
  const ok = records.flat().some((r) => r.startsWith('forward-email-site-verification='));
  ctx.body = { ok };
}

async function quickCheck(ctx) {
  const { domain } = ctx.state;
  const { recordType = 'TXT', nameserver = '' } = ctx.request.body;
  if (!['TXT', 'MX', 'CNAME'].includes(recordType)) return ctx.throw(400, 'Invalid record type');
  if (nameserver === '') {
    const { stdout } = await execFileAsync('dig', ['+short', recordType, domain.name], { timeout: 5000 });
    ctx.body = { output: stdout };
    return;
  }
  if (isFQDN(nameserver)) {
    const { stdout } = await execFileAsync('dig', [`@${nameserver}`, '+short', recordType, domain.name], { timeout: 5000 });
    ctx.body = { output: stdout };
    return;
  }
  // expect: command-injection
  const { stdout } = await execAsync(`dig @${nameserver} +short ${recordType} ${domain.name}`, { timeout: 5000 });
  ctx.body = { output: stdout };
}

module.exports = { verify, quickCheck };
