// VS Code settings and secrets → what the server needs. Thin glue over settings.ts.
import * as fs from "fs";
import * as vscode from "vscode";
import { initializationOptions, InitializationOptions, needsKey, secretName, serverEnvironment } from "./settings";

export function section(scope?: vscode.Uri): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration("postil", scope);
}

/** False in a restricted (untrusted) window: nothing may leave the machine. */
export function trusted(): boolean {
  return vscode.workspace.isTrusted;
}

/** initializationOptions (and the answer to workspace/configuration) for a scope. */
export function readOptions(scope?: vscode.Uri): InitializationOptions {
  const config = section(scope);
  return initializationOptions((key) => config.get(key), trusted());
}

export function provider(): string {
  return section().get<string>("llm.provider", "off") ?? "off";
}

export async function apiKey(secrets: vscode.SecretStorage, name: string = provider()): Promise<string | undefined> {
  return needsKey(name) ? await secrets.get(secretName(name)) : undefined;
}

/** Environment for server and CLI: the provider's key from SecretStorage (none in a restricted window). */
export async function processEnvironment(secrets: vscode.SecretStorage): Promise<NodeJS.ProcessEnv> {
  if (!trusted()) {
    return serverEnvironment(process.env, "off", undefined, false);
  }
  const name = provider();
  return serverEnvironment(process.env, name, await apiKey(secrets, name));
}

export function isExecutable(file: string): boolean {
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) {
      return false;
    }
    if (process.platform === "win32") {
      return true;
    }
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The Python extension's interpreter for the first folder, when that extension is installed. */
export async function pythonExtensionInterpreter(folder?: vscode.Uri): Promise<string | undefined> {
  const extension = vscode.extensions.getExtension("ms-python.python");
  if (!extension) {
    return undefined;
  }
  try {
    const api = extension.isActive ? extension.exports : await extension.activate();
    const environment = api?.environments?.getActiveEnvironmentPath?.(folder);
    const resolved = environment ? await api.environments.resolveEnvironment?.(environment) : undefined;
    return resolved?.executable?.uri?.fsPath ?? environment?.path;
  } catch {
    return undefined;
  }
}
