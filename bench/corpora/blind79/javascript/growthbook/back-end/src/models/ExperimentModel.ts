import mongoose, { FilterQuery } from "mongoose";
import type { ReqContext } from "../services/organizations";

const experimentSchema = new mongoose.Schema({
  id: { type: String, unique: true },
  organization: { type: String, index: true },
  project: String,
  name: String,
  trackingKey: String,
  status: String,
  tags: [String],
  owner: String,
  dateCreated: Date,
  archived: Boolean,
});

const ExperimentModel = mongoose.model("Experiment", experimentSchema);

export async function getAllExperiments(context: ReqContext, project?: string) {
  const query: FilterQuery<unknown> = { organization: context.org.id, archived: { $ne: true } };
  if (project) {
    query.project = String(project);
  }
  return ExperimentModel.find(query).sort({ dateCreated: -1 }).lean();
}

export async function getExperimentsByStatus(context: ReqContext, status: unknown) {
  const query = { organization: context.org.id, status };
  // expect: nosql-injection
  return ExperimentModel.find(query).lean();
}

export async function getExperimentsByOwner(context: ReqContext, owner: unknown) {
  const ownerId = typeof owner === "string" ? owner : context.userId;
  return ExperimentModel.find({ organization: context.org.id, owner: ownerId }).lean();
}

export async function getExperimentByTrackingKey(context: ReqContext, trackingKey: string) {
  return ExperimentModel.findOne({ organization: context.org.id, trackingKey: { $eq: trackingKey } }).lean();
}
