// library: ioredis
const Redis = require('ioredis');

const redis = new Redis(process.env.REDIS_URL);

async function incrementQuota(tenant, amount) {
  // expect: code-injection
  return redis.eval(`return redis.call('INCRBY', 'quota:${tenant}', ${amount})`, 0);
}

async function readFlag(name) {
  const script = "return redis.call('GET', 'flag:" + name + "')";
  // expect: code-injection
  return redis.eval(script, 0);
}

async function incrementQuotaSafe(tenant, amount) {
  return redis.eval("return redis.call('INCRBY', KEYS[1], ARGV[1])", 1, `quota:${tenant}`, Number(amount));
}

redis.defineCommand('readFlag', { numberOfKeys: 1, lua: "return redis.call('GET', KEYS[1])" });

async function readFlagSafe(name) {
  return redis.readFlag(`flag:${name}`);
}

async function plainGet(name) {
  return redis.get(`flag:${name}`);
}

module.exports = { incrementQuota, readFlag, incrementQuotaSafe, readFlagSafe, plainGet };
