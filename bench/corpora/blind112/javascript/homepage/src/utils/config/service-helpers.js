import { readFileSync } from "fs";
import path from "path";
import yaml from "js-yaml";

export const CONF_DIR = process.env.HOMEPAGE_CONFIG_DIR || path.join(process.cwd(), "config");

export async function servicesFromConfig() {
  const raw = readFileSync(path.join(CONF_DIR, "services.yaml"), "utf8");
  return yaml.load(raw) ?? [];
}

export default async function getServiceWidget(group, service) {
  const groups = await servicesFromConfig();
  for (const g of groups) {
    const [groupName, entries] = Object.entries(g)[0];
    if (groupName !== group) continue;
    for (const entry of entries) {
      const [name, definition] = Object.entries(entry)[0];
      if (name === service) return definition.widget ?? null;
    }
  }
  return null;
}
