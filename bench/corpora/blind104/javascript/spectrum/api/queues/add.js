const Queue = require('bull');

const queues = {};

export const addQueue = (name, data) => {
  if (!queues[name]) queues[name] = new Queue(name, process.env.REDIS_URL);
  return queues[name].add(data, { removeOnComplete: true });
};
