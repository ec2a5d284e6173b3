// The status bar item: draws status.ts's model.
import * as vscode from "vscode";
import { initialModel, reduce, render, StatusEvent, StatusModel } from "./status";

export class StatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private model: StatusModel = initialModel();

  constructor(command: string) {
    this.item = vscode.window.createStatusBarItem("postil.status", vscode.StatusBarAlignment.Right, 100);
    this.item.name = "postil";
    this.item.command = command;
    this.draw();
    this.item.show();
  }

  get state(): StatusModel {
    return this.model;
  }

  update(event: StatusEvent): void {
    this.model = reduce(this.model, event);
    this.draw();
  }

  private draw(): void {
    const shown = render(this.model);
    this.item.text = shown.text;
    this.item.tooltip = shown.tooltip;
    this.item.backgroundColor =
      shown.level === "normal" ? undefined : new vscode.ThemeColor(`statusBarItem.${shown.level}Background`);
  }

  dispose(): void {
    this.item.dispose();
  }
}
