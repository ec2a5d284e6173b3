import { Request, Response } from "express";
import * as pluginServices from "../services/plugin";
import { logQuery } from "../utils/log";

export async function runPluginQuery(req: Request, res: Response) {
  const { pluginName, dsl, context, dataSourceConfig } = req.body;
  logQuery(req, String(pluginName).replace(/[^\w-]/g, ""));
  const ctx = pluginServices.getPluginContext(req);
  const result = await pluginServices.runPluginQuery(pluginName, dsl, context, dataSourceConfig, ctx);
  return res.status(200).json(result);
}

export async function validatePluginDataSourceConfig(req: Request, res: Response) {
  const { pluginName, dataSourceConfig } = req.body;
  const result = await pluginServices.validatePluginDataSourceConfig(pluginName, dataSourceConfig);
  return res.status(200).json(result);
}
