import { Response } from "express";
import { AuthRequest } from "../middleware/authenticate";
import { getContextFromReq } from "../services/organizations";
import {
  getAllExperiments,
  getExperimentByTrackingKey,
  getExperimentsByOwner,
  getExperimentsByStatus,
} from "../models/ExperimentModel";

export async function getExperiments(
  req: AuthRequest<null, Record<string, string>, { project?: string; status?: unknown; owner?: unknown }>,
  res: Response
) {
  const context = getContextFromReq(req);
  let experiments;
  if (req.query.status) {
    experiments = await getExperimentsByStatus(context, req.query.status);
  } else if (req.query.owner) {
    experiments = await getExperimentsByOwner(context, req.query.owner);
  } else {
    experiments = await getAllExperiments(context, context.project);
  }
  res.status(200).json({ status: 200, experiments });
}

export async function getExperimentByKey(req: AuthRequest<null, { key: string }>, res: Response) {
  const context = getContextFromReq(req);
  const experiment = await getExperimentByTrackingKey(context, req.params.key);
  if (!experiment) {
    return res.status(404).json({ status: 404, message: "Experiment not found" });
  }
  res.status(200).json({ status: 200, experiment });
}
