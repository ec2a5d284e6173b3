import { remoteUrlWorker } from "./jobs/remoteUrlWorker.js";

export default async function startup(context) {
  context.backgroundJobs.addWorker({
    type: "media/fetchRemoteUrl",
    pollInterval: 5 * 1000,
    workTimeout: 60 * 1000,
    async worker(job) {
      await remoteUrlWorker(context, job.data);
      job.done();
    }
  });
}
