// The extension's commands (ids `postil.client.*`, so they never clash with the server's
// `postil.*` commands, which vscode-languageclient registers itself).
import { execFile } from "child_process";
import * as vscode from "vscode";
import { explainMarkdown, SERVER_COMMANDS, workingMessage } from "./capabilities";
import { PostilClient, UnsupportedCommand } from "./client";
import * as config from "./config";
import { notificationText } from "./inert";
import { toDiagnostic } from "./diagnostics";
import { interpretReviewRun, reviewArgs, reviewSummary } from "./review";
import { KEY_VARIABLES, secretName } from "./settings";
import { StatusBar } from "./statusBar";

export function register(context: vscode.ExtensionContext, postil: PostilClient, status: StatusBar): void {
  const review = vscode.languages.createDiagnosticCollection("postil-review");
  const explainPanel = postil.explainPanel;
  context.subscriptions.push(review);

  async function run(feature: string, action: () => Promise<void>): Promise<void> {
    try {
      await action();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      postil.output.appendLine(`${feature}: ${message}`);
      if (error instanceof UnsupportedCommand) {
        void vscode.window.showInformationMessage(notificationText(message));
      } else {
        // The server's errors and review's stderr quote file names and rule ids from the repository.
        void vscode.window.showErrorMessage(notificationText(message.startsWith("postil") ? message : `postil: ${feature} failed: ${message}`));
      }
    }
  }

  async function llmCall<T>(feature: string, call: () => Thenable<T>): Promise<T> {
    if (!config.trusted()) {
      throw new Error(`postil: ${feature} sends code to your LLM provider, which is off in Restricted Mode. ` +
        "Trust this workspace (Manage Workspace Trust) to use it.");
    }
    status.update({ type: "reviewStarted" });
    try {
      const result = await call();
      status.update({ type: "reviewFinished" });
      return result;
    } catch (error) {
      status.update({ type: "reviewFinished", error: error instanceof Error ? error.message : String(error) });
      throw error;
    }
  }

  function activeEditor(): vscode.TextEditor {
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
      throw new Error("postil: open a file first.");
    }
    return editor;
  }

  /** The postil diagnostic under the cursor (rules, secrets or LLM findings). */
  function diagnosticAt(editor: vscode.TextEditor): vscode.Diagnostic | undefined {
    const position = editor.selection.active;
    return vscode.languages
      .getDiagnostics(editor.document.uri)
      .find((d) => (d.source ?? "").startsWith("postil") && d.range.contains(position));
  }

  function location(editor: vscode.TextEditor) {
    const converter = postil.client?.code2ProtocolConverter;
    const diagnostic = diagnosticAt(editor);
    return {
      uri: editor.document.uri.toString(),
      range: converter ? converter.asRange(diagnostic?.range ?? editor.selection) : undefined,
      diagnostic: diagnostic && converter ? converter.asDiagnostic(diagnostic) : undefined,
    };
  }

  const commands: Record<string, () => Promise<void> | void> = {
    "postil.client.explain": () => run("Explain", async () => {
      const editor = activeEditor();
      const args = location(editor);
      const result = await llmCall("Explain", () =>
        vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: "postil: explaining…" }, () =>
          postil.execute(SERVER_COMMANDS.explain, "Explain", [args])));
      const working = workingMessage(result);
      if (working) {
        void vscode.window.showInformationMessage(working);
        return;
      }
      const markdown = explainMarkdown(result);
      if (!markdown) {
        throw new Error("postil: the server returned no explanation.");
      }
      const code = args.diagnostic?.code;
      await explainPanel.show(markdown, code ? `postil: ${String(code)}` : "postil: explain");
    }),

    "postil.client.reviewFile": () => run("Review file", async () => {
      const editor = activeEditor();
      if (editor.document.isDirty) {
        await editor.document.save();
      }
      const result = await llmCall("Review file", () =>
        vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: "postil: reviewing file…" }, () =>
          postil.execute(SERVER_COMMANDS.reviewFile, "Review file", [{ uri: editor.document.uri.toString() }])));
      const working = workingMessage(result);
      if (working) {
        void vscode.window.showInformationMessage(working);
        return;
      }
      const count = (result as { findings?: unknown } | undefined)?.findings;
      const n = typeof count === "number" ? count : Array.isArray(count) ? count.length : undefined;
      void vscode.window.showInformationMessage(
        n === undefined ? "postil: review finished (see Problems)." : `postil: review found ${n} issue${n === 1 ? "" : "s"} (see Problems).`);
    }),

    "postil.client.reviewStaged": () => run("Review staged changes", async () => {
      const server = postil.server ?? (await postil.locate());
      if (!server) {
        return;
      }
      const folder = vscode.workspace.workspaceFolders?.[0];
      if (!folder) {
        throw new Error("postil: open a folder (a git repository) to review its staged changes.");
      }
      const cwd = folder.uri.fsPath;
      const env = await config.processEnvironment(context.secrets);
      status.update({ type: "reviewStarted" });
      const outcome = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: "postil: reviewing staged changes…", cancellable: true },
        (_progress, token) => new Promise<ReturnType<typeof interpretReviewRun>>((resolve) => {
          const child = execFile(server.cli[0], [...server.cli.slice(1), ...reviewArgs(config.trusted())],
            { cwd, env, timeout: 15 * 60_000, maxBuffer: 64 * 1024 * 1024 },
            (error, stdout, stderr) => {
              const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
              postil.output.appendLine(`postil review --staged: exit ${code}${stderr ? `\n${stderr}` : ""}`);
              resolve(interpretReviewRun({ code, stdout, stderr }, cwd));
            });
          token.onCancellationRequested(() => child.kill());
        }));
      status.update({ type: "reviewFinished", error: outcome.kind === "error" ? outcome.message : undefined });
      if (outcome.kind === "unsupported") {
        throw new UnsupportedCommand(outcome.message);
      }
      if (outcome.kind === "error") {
        throw new Error(outcome.message);
      }
      review.clear();
      const byFile = new Map<string, vscode.Diagnostic[]>();
      for (const problem of outcome.problems) {
        byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), toDiagnostic(problem)]);
      }
      review.set([...byFile].map(([file, diagnostics]) => [vscode.Uri.file(file), diagnostics]));
      void vscode.window.showInformationMessage(reviewSummary(outcome.problems));
      if (outcome.problems.length) {
        void vscode.commands.executeCommand("workbench.actions.view.problems");
      }
    }),

    "postil.client.fixWithAI": () => run("Fix with AI", async () => {
      const editor = activeEditor();
      const range = diagnosticAt(editor)?.range ?? editor.selection;
      const actions = (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
        "vscode.executeCodeActionProvider", editor.document.uri, range, vscode.CodeActionKind.QuickFix.value, 10)) ?? [];
      const ai = actions.find((a): a is vscode.CodeAction =>
        "title" in a && ((a as vscode.CodeAction).kind?.value.includes(".ai") || /\b(AI|LLM)\b/.test(a.title)));
      if (ai) {
        await llmCall("Fix with AI", async () => {
          if (ai.edit) {
            await vscode.workspace.applyEdit(ai.edit);
          }
          if (ai.command) {
            await vscode.commands.executeCommand(ai.command.command, ...(ai.command.arguments ?? []));
          }
        });
        return;
      }
      await llmCall("Fix with AI", () => postil.execute(SERVER_COMMANDS.fixWithAI, "Fix with AI", [location(editor)]));
    }),

    "postil.client.fixAll": () => run("Fix all", async () => {
      const editor = activeEditor();
      const result = (await postil.execute(SERVER_COMMANDS.applyFixes, "Fix all", [editor.document.uri.toString()])) as
        { edits?: number } | undefined;
      if (!result?.edits) {
        void vscode.window.showInformationMessage("postil: nothing to fix automatically in this file.");
      }
    }),

    "postil.client.checkWorkspace": () => run("Check workspace", async () => {
      await postil.execute(SERVER_COMMANDS.checkWorkspace, "Check workspace", []);
    }),

    "postil.client.reindex": () => run("Reindex workspace", async () => {
      await postil.execute(SERVER_COMMANDS.reindex, "Reindex workspace", []);
      void vscode.window.showInformationMessage("postil: reindexing the workspace in the background.");
    }),

    "postil.client.showOutput": () => postil.output.show(),

    "postil.client.showStatus": () => run("Show status", async () => {
      const info = await postil.execute(SERVER_COMMANDS.showStatus, "Show status", []);
      postil.output.appendLine(`status: ${JSON.stringify(info, null, 2)}`);
      postil.output.appendLine(`client: ${JSON.stringify(status.state)}; server from ${postil.server?.source}: ${postil.server?.cli.join(" ")}`);
      postil.output.show(true);
    }),

    "postil.client.restart": () => run("Restart", () => postil.restart()),

    "postil.client.setApiKey": () => run("Set API key", async () => {
      const provider = config.provider();
      if (!(provider in KEY_VARIABLES)) {
        void vscode.window.showInformationMessage(
          provider === "off" ? "postil: choose an LLM provider first (setting postil.llm.provider)." : `postil: ${provider} needs no API key.`);
        return;
      }
      const key = await vscode.window.showInputBox({
        title: `postil: API key for ${provider}`,
        prompt: "Kept in VS Code's secret storage, passed to the postil server in its environment.",
        password: true,
        ignoreFocusOut: true,
      });
      if (key) {
        await context.secrets.store(secretName(provider), key.trim()); // restarts the server (secrets.onDidChange)
      }
    }),

    "postil.client.clearApiKey": () => run("Clear API key", async () => {
      await context.secrets.delete(secretName(config.provider())); // restarts the server (secrets.onDidChange)
    }),
  };

  for (const [id, handler] of Object.entries(commands)) {
    context.subscriptions.push(vscode.commands.registerCommand(id, handler));
  }
}
