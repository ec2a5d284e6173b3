// Editor settings → the server's initializationOptions / workspace/configuration answer.
// Pure logic; `config.ts` feeds it from `vscode.workspace.getConfiguration("postil")`.
//
// The flat keys mirror `postil/server/settings.py` (class Settings) one to one, camelCase.
// `llm` and `index` are sent as nested objects; a server that does not know them keeps them
// aside (Settings.extra) and works as before.

/** Server settings (postil/server/settings.py), camelCase as sent. */
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
] as const;

export const LLM_KEYS = ["provider", "model", "baseUrl", "review"] as const;
export const INDEX_KEYS = ["enable", "embeddings", "model", "baseUrl", "chromaUrl", "exclude", "maxFileSize"] as const;

/** Settings only the extension reads (how to start the server, tracing). */
export const CLIENT_KEYS = ["path", "interpreter", "serverArgs", "trace.server"] as const;

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

/** Everything the server should know, from a `get("llm.provider")`-style reader. */
export function initializationOptions(get: Getter): InitializationOptions {
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

/** Providers that need an API key, and the environment variable the server's SDK reads it from. */
export const KEY_VARIABLES: Record<string, string> = {
  openai: "OPENAI_API_KEY",
  anthropic: "ANTHROPIC_API_KEY",
  "openai-compatible": "OPENAI_API_KEY",
};

export function needsKey(provider: string): boolean {
  return provider in KEY_VARIABLES;
}

/** The secret-storage slot for a provider's key. */
export function secretName(provider: string): string {
  return `postil.apiKey.${provider}`;
}

/**
 * Environment for the server and CLI processes: the key travels in the provider's usual
 * variable (and POSTIL_LLM_API_KEY), never in settings or initializationOptions, which
 * servers and editors log.
 */
export function serverEnvironment(
  base: NodeJS.ProcessEnv,
  provider: string,
  apiKey: string | undefined,
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base };
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
