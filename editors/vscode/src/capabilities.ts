// Which server commands exist, and what to tell the user when one does not (older server).
// Pure logic.

/** Server-side `workspace/executeCommand` ids the extension calls. */
export const SERVER_COMMANDS = {
  checkWorkspace: "postil.checkWorkspace",
  applyFixes: "postil.applyFixes",
  showStatus: "postil.showStatus",
  explain: "postil.explain",
  reviewFile: "postil.reviewFile",
  fixWithAI: "postil.fixWithAI",
  reindex: "postil.reindex",
} as const;

export interface InitializeResultLike {
  capabilities?: { executeCommandProvider?: { commands?: string[] } };
  serverInfo?: { name?: string; version?: string };
}

export function serverCommands(result: InitializeResultLike | undefined): string[] {
  return result?.capabilities?.executeCommandProvider?.commands ?? [];
}

export function supports(result: InitializeResultLike | undefined, command: string): boolean {
  return serverCommands(result).includes(command);
}

export function unsupportedMessage(feature: string, command: string, result: InitializeResultLike | undefined): string {
  const version = result?.serverInfo?.version;
  const server = version ? `postil ${version}` : "this postil server";
  return `postil: ${feature} is not available: ${server} has no '${command}' command yet. ` +
    "Update postil ('pip install -U /path/to/your/postil/clone') and restart the server.";
}

/** A JSON-RPC error that means "no such command" (pygls 2: "Command name 'x' is not defined"). */
export function isUnknownCommandError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /command name .* is not defined|command .*(not found|unknown)|unknown command|no such command|-32601/i.test(message);
}

/** A server working in the background answers `{working: true, message}`; the result arrives by itself
 * (a document shown with window/showDocument, the diagnostics, one message). Its message, else undefined. */
export function workingMessage(result: unknown): string | undefined {
  if (result && typeof result === "object" && (result as Record<string, unknown>).working === true) {
    const message = (result as Record<string, unknown>).message;
    return typeof message === "string" ? message : "postil: working…";
  }
  return undefined;
}

/** `postil.explain` may answer a Markdown string or {markdown} / {contents}. */
export function explainMarkdown(result: unknown): string | undefined {
  if (typeof result === "string") {
    return result;
  }
  if (result && typeof result === "object") {
    const r = result as Record<string, unknown>;
    for (const key of ["markdown", "contents", "value"]) {
      if (typeof r[key] === "string") {
        return r[key] as string;
      }
    }
  }
  return undefined;
}
