import { Request } from "express";
import duckdbPlugin from "../plugins/duckdb";

type Plugin = {
  run: (action: any, dataSourceConfig: any, ctx: any) => Promise<any>;
  validateDataSourceConfig?: (config: any) => Promise<any>;
};

const plugins: Record<string, Plugin> = { duckdb: duckdbPlugin };

export function getPluginContext(req: Request) {
  return { languages: req.headers["accept-language"] ?? "en" };
}

function getPlugin(name: string): Plugin {
  const plugin = Object.prototype.hasOwnProperty.call(plugins, name) ? plugins[name] : undefined;
  if (!plugin) throw new Error(`unknown plugin ${name}`);
  return plugin;
}

export async function runPluginQuery(pluginName: string, dsl: any, context: any[], dataSourceConfig: any, ctx: any) {
  const plugin = getPlugin(pluginName);
  const action = { ...dsl, ...(context || []).reduce((acc: any, c: any) => ({ ...acc, [c.key]: c.value }), {}) };
  return plugin.run(action, dataSourceConfig, ctx);
}

export async function validatePluginDataSourceConfig(pluginName: string, config: any) {
  const plugin = getPlugin(pluginName);
  return plugin.validateDataSourceConfig ? plugin.validateDataSourceConfig(config) : { success: true };
}
