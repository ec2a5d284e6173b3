// Editor settings → the server's initializationOptions / workspace/configuration answer.
// Pure logic; `config.ts` feeds it from `vscode.workspace.getConfiguration("postil")`.
//
// The flat keys mirror `postil/config/editor.py` (class Settings) one to one, camelCase.
// `llm` and `index` are sent as nested objects; a server that does not know them keeps them
// aside (Settings.extra) and works as before.

/** Server settings (postil/config/editor.py), camelCase as sent. */
export const SERVER_KEYS = [
  "enable",
  "run",
  "debounceMs",
  "logLevel",
  "logFile",
  "select",
  "ignore",
  "configurationPreference",
  "maxDocumentLines",
  "maxDiagnostics",
] as const;

export const LLM_KEYS = ["provider", "model", "baseUrl", "review"] as const;
export const INDEX_KEYS = ["enable", "embeddings", "model", "modelPath", "baseUrl", "chromaUrl", "exclude", "maxFileSize"] as const;

/** Settings only the extension reads (how to start the server, tracing). */
export const CLIENT_KEYS = ["path", "interpreter", "serverArgs", "trace.server"] as const;

/**
 * Settings a repository must never choose: what runs (executable, interpreter, arguments), the file
 * the server writes (log), and whether and where code or keys go (provider, model, endpoints,
 * embeddings, the model files loaded, review mode). `machine` scoped in package.json (read from user or remote settings
 * only, never from a workspace's `.vscode/settings.json`) and listed in
 * `capabilities.untrustedWorkspaces.restrictedConfigurations`.
 */
export const MACHINE_KEYS = [
  "path",
  "interpreter",
  "serverArgs",
  "logFile",
  "llm.provider",
  "llm.model",
  "llm.baseUrl",
  "llm.review",
  "index.embeddings",
  "index.model",
  "index.modelPath",
  "index.baseUrl",
  "index.chromaUrl",
] as const;

export type Getter = (key: string) => unknown;

export interface LlmOptions {
  provider: string;
  model?: string;
  baseUrl?: string;
  review: string;
}

export interface InitializationOptions {
  [key: string]: unknown;
  llm: LlmOptions;
  index: Record<string, unknown>;
}

function defined(value: unknown): boolean {
  return value !== undefined && value !== null && value !== "";
}

/**
 * Everything the server should know, from a `get("llm.provider")`-style reader. In a restricted
 * (untrusted) window nothing may leave the machine: `trusted: false` tells the server so (no LLM,
 * no index, whatever any config file says), and the LLM and index settings say the same.
 */
export function initializationOptions(get: Getter, trusted = true): InitializationOptions {
  if (!trusted) {
    return restricted(initializationOptions(get));
  }
  const options: Record<string, unknown> = {};
  for (const key of SERVER_KEYS) {
    const value = get(key);
    if (value !== undefined) {
      options[key] = value;
    }
  }
  const llm: Record<string, unknown> = {};
  for (const key of LLM_KEYS) {
    const value = get(`llm.${key}`);
    if (defined(value)) {
      llm[key] = value;
    }
  }
  const index: Record<string, unknown> = {};
  for (const key of INDEX_KEYS) {
    const value = get(`index.${key}`);
    if (defined(value)) {
      index[key] = value;
    }
  }
  return {
    ...options,
    llm: { provider: "off", review: "onCommand", ...llm } as LlmOptions,
    index,
  };
}

/** What a restricted window sends: the rule settings as they are; LLM review and the index off. */
function restricted(options: InitializationOptions): InitializationOptions {
  return {
    ...options,
    trusted: false,
    llm: { provider: "off", review: "off" },
    index: { enable: false, embeddings: "hash" },
  };
}

/** Providers that need an API key, and the environment variable the server's SDK reads it from. */
export const KEY_VARIABLES: Record<string, string> = {
  openai: "OPENAI_API_KEY",
  anthropic: "ANTHROPIC_API_KEY",
  "openai-compatible": "OPENAI_API_KEY",
};

export function needsKey(provider: string): boolean {
  return provider in KEY_VARIABLES;
}

/** Providers the server cannot use without a key (an OpenAI-compatible server often needs none). */
const KEY_REQUIRED = ["openai", "anthropic"];

/**
 * What the status bar may say before the server reports its LLM state: whether the provider
 * needs a key, and whether one is there — in SecretStorage or in the environment the server
 * inherits (POSTIL_LLM_API_KEY, or the provider's own variable), where the server reads it.
 */
export function keyState(provider: string, secret: string | undefined, env: NodeJS.ProcessEnv): { needsKey: boolean; hasKey: boolean } {
  const variable = KEY_VARIABLES[provider];
  return {
    needsKey: KEY_REQUIRED.includes(provider),
    hasKey: Boolean(secret) || Boolean(env.POSTIL_LLM_API_KEY) || Boolean(variable && env[variable]),
  };
}

/** The secret-storage slot for a provider's key. */
export function secretName(provider: string): string {
  return `postil.apiKey.${provider}`;
}

/** Variables that name a key or an endpoint: not passed to the server in a restricted window. */
export const EGRESS_VARIABLES = [
  "OPENAI_API_KEY",
  "ANTHROPIC_API_KEY",
  "POSTIL_LLM_API_KEY",
  "POSTIL_LLM_BASE_URL",
  "POSTIL_LLM_MODEL",
  "OPENAI_BASE_URL",
  "ANTHROPIC_BASE_URL",
] as const;

/**
 * Environment for the server and CLI processes: the key travels in the provider's usual
 * variable (and POSTIL_LLM_API_KEY), never in settings or initializationOptions, which
 * servers and editors log. `PYTHONSAFEPATH=1` keeps every Python postil starts from importing
 * the workspace. In a restricted window no key or endpoint is passed and
 * `POSTIL_LLM_PROVIDER=none` turns the LLM off in the server and the CLI alike.
 */
export function serverEnvironment(
  base: NodeJS.ProcessEnv,
  provider: string,
  apiKey: string | undefined,
  trusted = true,
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base, PYTHONSAFEPATH: "1" };
  if (!trusted) {
    for (const variable of EGRESS_VARIABLES) {
      delete env[variable];
    }
    env.POSTIL_LLM_PROVIDER = "none";
    return env;
  }
  const variable = KEY_VARIABLES[provider];
  if (variable && apiKey) {
    env[variable] = apiKey;
    env.POSTIL_LLM_API_KEY = apiKey;
  }
  return env;
}

/** Changing these needs a server restart (they decide how it is started). */
export function needsRestart(changed: (key: string) => boolean): boolean {
  return ["path", "interpreter", "serverArgs", "llm.provider"].some((key) => changed(key));
}
