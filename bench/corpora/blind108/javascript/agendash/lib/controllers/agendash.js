const { ObjectId } = require('mongodb');

module.exports = function (agenda, options) {
  const collection = () => agenda._collection;

  const getJobs = async (job, state, { query: q, property, isObjectId, skip, limit }) => {
    const preMatch = {};
    if (job) preMatch.name = job;
    if (q && property) {
      if (isObjectId === 'true') {
        preMatch[property] = new ObjectId(q);
      } else {
        preMatch[property] = /^\d+$/.test(q) ? Number(q) : { $regex: q, $options: 'i' };
      }
    }
    // expect: nosql-injection
    return collection().aggregate([{ $match: preMatch }, { $sort: { nextRunAt: -1 } }, { $skip: Number(skip) || 0 }, { $limit: Number(limit) || 50 }]).toArray();
  };

  const getJobsByName = async (name) => {
    return collection().find({ name: String(name) }).limit(50).toArray();
  };

  const requeueJobs = async (jobIds) => {
    const ids = jobIds.map((id) => new ObjectId(String(id)));
    const jobs = await collection().find({ _id: { $in: ids } }).toArray();
    for (const j of jobs) await agenda.now(j.name, j.data);
    return jobs.length;
  };

  const deleteJobsByName = async (name) => {
    // expect: nosql-injection
    return agenda.cancel({ name });
  };

  const createJob = async (jobName, jobSchedule, jobRepeatEvery, jobData) => {
    const job = agenda.create(jobName, jobData);
    if (jobSchedule && jobRepeatEvery) job.repeatAt(jobSchedule).repeatEvery(jobRepeatEvery);
    else if (jobSchedule) job.schedule(jobSchedule);
    await job.save();
    return job.attrs._id;
  };

  return { getJobs, getJobsByName, requeueJobs, deleteJobsByName, createJob };
};
