// The status bar's state machine: server, index and LLM states → text, tooltip, colour.
// Pure logic; `statusBar.ts` draws it.
//
// Inputs: the extension's own events (starting, crash, review running…), and — when the server
// sends them — `postil/status` notifications:
//   { "index": { "state": "indexing"|"ready"|"off"|"error", "done": 12, "total": 340 },
//     "llm": { "state": "off"|"ready"|"reviewing"|"budgetSpent"|"circuitOpen", "detail": "…" } }

export type ServerState = "starting" | "running" | "restarting" | "stopped" | "notFound" | "failed";
export type LlmState = "off" | "noKey" | "ready" | "reviewing" | "budgetSpent" | "circuitOpen";
export type IndexState = "unknown" | "off" | "indexing" | "ready" | "error";

export interface StatusModel {
  server: ServerState;
  version?: string;
  serverDetail?: string;
  llm: LlmState;
  llmDetail?: string;
  provider: string;
  index: IndexState;
  indexDone?: number;
  indexTotal?: number;
}

export type StatusEvent =
  | { type: "starting" }
  | { type: "running"; version?: string }
  | { type: "restarting"; attempt: number; delayMs: number }
  | { type: "stopped" }
  | { type: "notFound"; message: string }
  | { type: "failed"; message: string }
  | { type: "llmConfigured"; provider: string; hasKey: boolean; needsKey: boolean }
  | { type: "reviewStarted" }
  | { type: "reviewFinished"; error?: string }
  | { type: "serverStatus"; payload: unknown };

export function initialModel(): StatusModel {
  return { server: "starting", llm: "off", provider: "off", index: "unknown" };
}

const LLM_STATES: LlmState[] = ["off", "noKey", "ready", "reviewing", "budgetSpent", "circuitOpen"];
const INDEX_STATES: IndexState[] = ["off", "indexing", "ready", "error"];

/** An LLM error message → the state it puts the LLM in (undefined: stays ready). */
export function classifyLlmError(message: string): LlmState | undefined {
  if (/budget/i.test(message)) {
    return "budgetSpent";
  }
  if (/circuit/i.test(message)) {
    return "circuitOpen";
  }
  return undefined;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

export function reduce(model: StatusModel, event: StatusEvent): StatusModel {
  switch (event.type) {
    case "starting":
      return { ...model, server: "starting", serverDetail: undefined };
    case "running":
      return { ...model, server: "running", version: event.version ?? model.version, serverDetail: undefined };
    case "restarting":
      return {
        ...model,
        server: "restarting",
        serverDetail: `crashed; restart ${event.attempt} in ${Math.round(event.delayMs / 1000)} s`,
      };
    case "stopped":
      return { ...model, server: "stopped", serverDetail: undefined };
    case "notFound":
      return { ...model, server: "notFound", serverDetail: event.message };
    case "failed":
      return { ...model, server: "failed", serverDetail: event.message };
    case "llmConfigured": {
      const llm: LlmState = event.provider === "off" ? "off" : event.needsKey && !event.hasKey ? "noKey" : "ready";
      return { ...model, provider: event.provider, llm, llmDetail: undefined };
    }
    case "reviewStarted":
      return model.llm === "off" || model.llm === "noKey" ? model : { ...model, llm: "reviewing" };
    case "reviewFinished": {
      if (model.llm !== "reviewing") {
        return model;
      }
      const failed = event.error ? classifyLlmError(event.error) : undefined;
      return { ...model, llm: failed ?? "ready", llmDetail: failed ? event.error : undefined };
    }
    case "serverStatus": {
      const payload = asRecord(event.payload);
      if (!payload) {
        return model;
      }
      let next = { ...model };
      const llm = asRecord(payload.llm);
      if (llm && LLM_STATES.includes(llm.state as LlmState)) {
        next = { ...next, llm: llm.state as LlmState, llmDetail: typeof llm.detail === "string" ? llm.detail : undefined };
      }
      const index = asRecord(payload.index);
      if (index && INDEX_STATES.includes(index.state as IndexState)) {
        next = {
          ...next,
          index: index.state as IndexState,
          indexDone: typeof index.done === "number" ? index.done : undefined,
          indexTotal: typeof index.total === "number" ? index.total : undefined,
        };
      }
      return next;
    }
  }
}

export interface Rendered {
  text: string;
  tooltip: string;
  /** "error" and "warning" map to the status bar's error/warning background. */
  level: "normal" | "warning" | "error";
}

const LLM_TEXT: Record<LlmState, string> = {
  off: "AI off",
  noKey: "AI: no key",
  ready: "AI ready",
  reviewing: "AI reviewing",
  budgetSpent: "AI budget spent",
  circuitOpen: "AI paused",
};

const LLM_TOOLTIP: Record<LlmState, string> = {
  off: "LLM review is off (postil.llm.provider).",
  noKey: "No API key for the provider: run 'postil: Set LLM API key'.",
  ready: "LLM review is ready.",
  reviewing: "An LLM review is running.",
  budgetSpent: "The LLM budget is spent; rules and secrets still run.",
  circuitOpen: "The provider failed repeatedly; postil pauses LLM calls for a while (circuit open).",
};

export function render(model: StatusModel): Rendered {
  switch (model.server) {
    case "notFound":
      return { text: "$(error) postil: not found", tooltip: model.serverDetail ?? "postil server not found", level: "error" };
    case "failed":
      return { text: "$(error) postil", tooltip: model.serverDetail ?? "postil server failed", level: "error" };
    case "stopped":
      return { text: "$(circle-slash) postil", tooltip: "postil server stopped", level: "warning" };
    case "starting":
      return { text: "$(sync~spin) postil", tooltip: "postil server starting", level: "normal" };
    case "restarting":
      return { text: "$(sync~spin) postil", tooltip: `postil server ${model.serverDetail ?? "restarting"}`, level: "warning" };
    case "running":
      break;
  }
  const parts = ["postil"];
  const tips = [`postil ${model.version ?? ""}`.trim() + " running"];
  if (model.index === "indexing") {
    const progress = model.indexTotal ? ` ${model.indexDone ?? 0}/${model.indexTotal}` : "";
    parts[0] = "$(sync~spin) postil";
    parts.push(`indexing${progress}`);
    tips.push(`Indexing the workspace${progress}.`);
  } else if (model.index === "error") {
    tips.push("The workspace index failed (see Output → postil).");
  } else if (model.index === "ready") {
    tips.push("Workspace index ready.");
  }
  parts.push(LLM_TEXT[model.llm]);
  tips.push(model.llmDetail ? `${LLM_TOOLTIP[model.llm]} ${model.llmDetail}` : LLM_TOOLTIP[model.llm]);
  const level = model.llm === "budgetSpent" || model.llm === "circuitOpen" || model.llm === "noKey" ? "warning" : "normal";
  if (model.llm === "reviewing") {
    parts[0] = "$(sync~spin) postil";
  }
  return { text: parts.join(" · "), tooltip: tips.join("\n"), level };
}
