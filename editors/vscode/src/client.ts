// Starting, restarting and talking to `postil serve`.
import { execFile } from "child_process";
import * as vscode from "vscode";
import {
  CancellationToken,
  CloseAction,
  ErrorAction,
  ExecuteCommandRequest,
  LanguageClient,
  LanguageClientOptions,
  ResponseError,
  RevealOutputChannelOn,
  ServerOptions,
  TransportKind,
} from "vscode-languageclient/node";
import { Backoff } from "./backoff";
import { InitializeResultLike, isUnknownCommandError, supports, unsupportedMessage } from "./capabilities";
import * as config from "./config";
import { withSafeCodeLink } from "./diagnostics";
import { ExplainPanel } from "./explainPanel";
import { keyState } from "./settings";
import { Found, parseVersion, probeFailureMessage, resolveServer, serverSettings } from "./serverPath";
import { StatusBar } from "./statusBar";

export class UnsupportedCommand extends Error {}

export class PostilClient implements vscode.Disposable {
  client: LanguageClient | undefined;
  server: Found | undefined;
  private readonly backoff = new Backoff();
  private restartTimer: NodeJS.Timeout | undefined;
  private stopping = false;
  constructor(
    private readonly context: vscode.ExtensionContext,
    readonly output: vscode.OutputChannel,
    private readonly status: StatusBar,
    readonly explainPanel: ExplainPanel,
  ) {}

  private folder(): vscode.WorkspaceFolder | undefined {
    return vscode.workspace.workspaceFolders?.[0];
  }

  /** Find the server and check it answers `--version`; tell the user how to fix it if not. */
  async locate(): Promise<Found | undefined> {
    const settings = config.section();
    const folder = this.folder();
    const resolution = resolveServer({
      paths: settings.get<string[]>("path", []) ?? [],
      interpreter: settings.get<string>("interpreter", "") ?? "",
      pythonExtensionInterpreter: config.trusted() ? await config.pythonExtensionInterpreter(folder?.uri) : undefined,
      serverArgs: settings.get<string[]>("serverArgs", []) ?? [],
      envPath: process.env.PATH,
      platform: process.platform,
      workspaceFolder: folder?.uri.fsPath,
      trusted: config.trusted(),
      isExecutable: config.isExecutable,
    });
    if (!resolution.ok) {
      this.notFound(resolution.message);
      return undefined;
    }
    const probe = await new Promise<{ ok: boolean; text: string }>((resolve) => {
      execFile(resolution.cli[0], [...resolution.cli.slice(1), "--version"],
        { timeout: 20_000, env: { ...process.env, PYTHONSAFEPATH: "1" } }, (error, stdout, stderr) =>
        resolve({ ok: !error, text: `${stdout}\n${stderr}` }));
    });
    if (!probe.ok) {
      this.notFound(probeFailureMessage(resolution, probe.text));
      return undefined;
    }
    this.output.appendLine(`postil ${parseVersion(probe.text) ?? "?"} from ${resolution.source}: ${resolution.cli.join(" ")}`);
    return resolution;
  }

  private notFound(problem: string): void {
    const settings = serverSettings(vscode.env.remoteName);
    const message = problem + settings.hint;
    this.output.appendLine(message);
    this.status.update({ type: "notFound", message });
    void vscode.window.showErrorMessage(message, "Open Settings", "Show Output").then((choice) => {
      if (choice === "Open Settings") {
        void vscode.commands.executeCommand(settings.command, ...settings.args);
      } else if (choice === "Show Output") {
        this.output.show();
      }
    });
  }

  async start(): Promise<void> {
    this.stopping = false;
    this.status.update({ type: "starting" });
    const provider = config.trusted() ? config.provider() : "off";
    const key = await config.apiKey(this.context.secrets, provider);
    this.status.update({ type: "llmConfigured", provider, ...keyState(provider, key, process.env) });
    const server = await this.locate();
    if (!server) {
      return;
    }
    this.server = server;
    const serverOptions: ServerOptions = {
      command: server.command,
      args: server.args,
      transport: TransportKind.stdio,
      options: { env: await config.processEnvironment(this.context.secrets), cwd: this.folder()?.uri.fsPath },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [{ scheme: "file" }, { scheme: "untitled" }],
      initializationOptions: config.readOptions(),
      outputChannel: this.output,
      revealOutputChannelOn: RevealOutputChannelOn.Never,
      synchronize: { configurationSection: "postil" },
      // Hovers are the server's Markdown from a repository's rules and a model: never trusted, no HTML.
      markdown: { isTrusted: false, supportHtml: false },
      middleware: {
        handleDiagnostics: (uri, diagnostics, next) => next(uri, diagnostics.map(withSafeCodeLink)),
        provideDiagnostics: async (document, previousResultId, token, next) => {
          const report = await next(document, previousResultId, token);
          if (report && "items" in report) {
            report.items = report.items.map(withSafeCodeLink);
          }
          return report;
        },
        window: {
          // The server's explanations (Markdown under .postil/) are shown rendered, as the Explain
          // command shows them, not as Markdown source in an editor.
          showDocument: async (params, next) => {
            if (await this.explainPanel.showDocument(vscode.Uri.parse(params.uri))) {
              return { success: true };
            }
            const shown = await next(params, CancellationToken.None);
            return shown instanceof ResponseError ? { success: false } : shown;
          },
        },
        workspace: {
          // Answer with the mapped settings (no client-only keys, llm/index as objects).
          configuration: (params) =>
            params.items.map((item) =>
              item.section === "postil" ? config.readOptions(item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined) : null),
        },
      },
      errorHandler: {
        error: () => ({ action: ErrorAction.Continue }),
        closed: () => {
          this.crashed();
          return { action: CloseAction.DoNotRestart, handled: true };
        },
      },
    };
    const client = new LanguageClient("postil", "postil", serverOptions, clientOptions);
    this.client = client;
    client.onNotification("postil/status", (payload: unknown) => this.status.update({ type: "serverStatus", payload }));
    try {
      await client.start();
    } catch (error) {
      const message = `postil: the server failed to start: ${error instanceof Error ? error.message : String(error)}`;
      this.output.appendLine(message);
      this.status.update({ type: "failed", message });
      return;
    }
    this.backoff.started(Date.now());
    this.status.update({ type: "running", version: client.initializeResult?.serverInfo?.version });
  }

  /** The server process ended without us asking: restart with backoff, or give up and say so. */
  private crashed(): void {
    if (this.stopping) {
      return;
    }
    const decision = this.backoff.crashed(Date.now());
    if (!decision.restart) {
      const message = `postil: the server crashed ${decision.crashes} times in 3 minutes; not restarting. See Output → postil.`;
      this.status.update({ type: "failed", message });
      void vscode.window.showErrorMessage(message, "Restart", "Show Output").then((choice) => {
        if (choice === "Restart") {
          void this.restart();
        } else if (choice === "Show Output") {
          this.output.show();
        }
      });
      return;
    }
    this.output.appendLine(`postil: server exited; restarting in ${decision.delayMs} ms (attempt ${decision.attempt})`);
    this.status.update({ type: "restarting", attempt: decision.attempt, delayMs: decision.delayMs });
    this.restartTimer = setTimeout(() => {
      this.restartTimer = undefined;
      void this.stop().then(() => this.start());
    }, decision.delayMs);
  }

  async restart(): Promise<void> {
    this.backoff.reset();
    await this.stop();
    await this.start();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    if (this.restartTimer) {
      clearTimeout(this.restartTimer);
      this.restartTimer = undefined;
    }
    const client = this.client;
    this.client = undefined;
    if (client) {
      try {
        await client.stop(5000);
      } catch {
        // already dead
      }
    }
    this.status.update({ type: "stopped" });
  }

  get initializeResult(): InitializeResultLike | undefined {
    return this.client?.initializeResult as InitializeResultLike | undefined;
  }

  /** Run a server command; UnsupportedCommand (with the user-facing message) when the server lacks it. */
  async execute(command: string, feature: string, args: unknown[]): Promise<unknown> {
    const client = this.client;
    if (!client || !client.isRunning()) {
      throw new Error("postil: the server is not running (see Output → postil, or run 'postil: Restart server').");
    }
    if (!supports(this.initializeResult, command)) {
      throw new UnsupportedCommand(unsupportedMessage(feature, command, this.initializeResult));
    }
    try {
      return await client.sendRequest(ExecuteCommandRequest.type, { command, arguments: args });
    } catch (error) {
      if (isUnknownCommandError(error)) {
        throw new UnsupportedCommand(unsupportedMessage(feature, command, this.initializeResult));
      }
      throw error;
    }
  }

  dispose(): void {
    void this.stop();
  }
}
