// Explain: the server's Markdown in a webview beside the editor (one panel, reused).
import * as fs from "fs";
import * as vscode from "vscode";

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export const CSP = "default-src 'none'; style-src 'unsafe-inline';";

export function page(body: string, title: string): string {
  // Model text is data: no scripts, nothing remote (no images, fonts or frames), styles only
  // inline from the theme. The server already drops images and raw HTML; this holds even if not.
  return `<!DOCTYPE html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>${escapeHtml(title)}</title>
<style>body{font-family:var(--vscode-font-family);font-size:var(--vscode-font-size);color:var(--vscode-foreground);padding:0 1em;line-height:1.5}
pre,code{font-family:var(--vscode-editor-font-family)}pre{background:var(--vscode-textCodeBlock-background);padding:.6em;overflow:auto}</style>
</head><body>${body}</body></html>`;
}

/**
 * The path of a Markdown file the server wrote under a `.postil/` directory (its explanations,
 * shown with window/showDocument), or undefined for any other document.
 */
export function postilMarkdownPath(uri: vscode.Uri): string | undefined {
  const path = uri.fsPath;
  return uri.scheme === "file" && path.endsWith(".md") && /[\\/]\.postil[\\/]/.test(path) ? path : undefined;
}

export class ExplainPanel {
  /** Show a document of the server's: its explanations in the workspace rendered here (true), anything else not (false). */
  async showDocument(uri: vscode.Uri): Promise<boolean> {
    const path = postilMarkdownPath(uri);
    if (path === undefined || vscode.workspace.getWorkspaceFolder(uri) === undefined) {
      return false;
    }
    let markdown: string;
    try {
      markdown = await fs.promises.readFile(path, "utf8");
    } catch {
      return false;
    }
    await this.show(markdown, "postil: explain");
    return true;
  }

  private panel: vscode.WebviewPanel | undefined;

  async show(markdown: string, title: string): Promise<void> {
    let body: string;
    try {
      // The built-in Markdown extension renders (and sanitizes) Markdown to HTML.
      body = (await vscode.commands.executeCommand<string>("markdown.api.render", markdown)) ?? "";
    } catch {
      body = "";
    }
    if (!body) {
      body = `<pre>${escapeHtml(markdown)}</pre>`;
    }
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel("postil.explain", title, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
        enableScripts: false,
        enableCommandUris: false,
        localResourceRoots: [],
      });
      this.panel.onDidDispose(() => (this.panel = undefined));
    }
    this.panel.title = title;
    this.panel.webview.html = page(body, title);
    this.panel.reveal(vscode.ViewColumn.Beside, true);
  }
}
