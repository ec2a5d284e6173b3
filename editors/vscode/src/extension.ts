// postil for VS Code: starts `postil serve`, wires commands, the status bar and settings.
import * as vscode from "vscode";
import { PostilClient } from "./client";
import * as commands from "./commands";
import { ExplainPanel } from "./explainPanel";
import { needsRestart } from "./settings";
import { StatusBar } from "./statusBar";

let postil: PostilClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel("postil");
  const status = new StatusBar("postil.client.showStatus");
  postil = new PostilClient(context, output, status, new ExplainPanel());
  context.subscriptions.push(output, status, postil);
  commands.register(context, postil, status);

  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((event) => {
      // Settings the server reads arrive through didChangeConfiguration; these decide how it starts.
      if (needsRestart((key) => event.affectsConfiguration(`postil.${key}`))) {
        void postil?.restart();
      }
    }),
    // Trusting the window lifts Restricted Mode: start again with the user's LLM and index settings.
    vscode.workspace.onDidGrantWorkspaceTrust(() => void postil?.restart()),
    context.secrets.onDidChange((event) => {
      if (event.key.startsWith("postil.apiKey.")) {
        void postil?.restart();
      }
    }),
  );
  await postil.start();
}

export async function deactivate(): Promise<void> {
  await postil?.stop();
}
