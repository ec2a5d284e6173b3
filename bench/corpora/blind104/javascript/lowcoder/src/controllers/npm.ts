import { Request, Response } from "express";
import axios from "axios";
import fs from "fs";
import path from "path";

const NPM_REGISTRY = process.env.NPM_REGISTRY_URL || "https://registry.npmjs.org";
const CACHE_DIR = path.join(process.cwd(), "npm-cache");

export async function fetchPackageMeta(req: Request, res: Response) {
  const packageName = req.params.packageName;
  const registry = (req.query.registry as string) || NPM_REGISTRY;
  // expect: ssrf
  const { data } = await axios.get(`${registry}/${packageName}`);
  res.json(data);
}

export async function fetchPackageFile(req: Request, res: Response) {
  const appId = req.params.applicationId;
  if (!/^[a-f0-9]{24}$/.test(appId)) return res.status(400).end();
  const file = req.query.file as string;
  const full = path.resolve(CACHE_DIR, appId, file);
  if (!full.startsWith(path.join(CACHE_DIR, appId) + path.sep)) return res.status(403).end();
  fs.createReadStream(full).pipe(res);
}
