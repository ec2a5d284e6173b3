import { Queue, Worker } from "bullmq";
import { computeSegmentProperty } from "./computeProperties";

const connection = { host: process.env.REDIS_HOST ?? "localhost", port: 6379 };

export const computePropertiesQueue = new Queue("compute-properties", { connection });

export const computePropertiesWorker = new Worker(
  "compute-properties",
  async (job) => computeSegmentProperty(job.data),
  { connection },
);
