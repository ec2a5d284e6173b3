// A small stand-in for the `vscode` module (VS Code itself cannot run in these tests).
// Import this file first: it makes `require("vscode")` return the mock.
import Module from "module";
import * as fs from "fs";
import * as path from "path";

/** Defaults as VS Code would read them: package.json's contributes.configuration. */
export const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8"));
export const properties: Record<string, { default?: unknown }> = manifest.contributes.configuration.properties;

export const settings: Record<string, unknown> = {};
export const created: { statusBarItems: MockStatusBarItem[] } = { statusBarItems: [] };

export class MockStatusBarItem {
  text = "";
  tooltip: unknown;
  backgroundColor: unknown;
  command: unknown;
  name = "";
  visible = false;
  constructor(readonly id: string) {}
  show(): void {
    this.visible = true;
  }
  hide(): void {
    this.visible = false;
  }
  dispose(): void {
    this.visible = false;
  }
}

class Position {
  constructor(readonly line: number, readonly character: number) {}
}

class Range {
  readonly start: Position;
  readonly end: Position;
  constructor(a: number, b: number, c: number, d: number) {
    this.start = new Position(a, b);
    this.end = new Position(c, d);
  }
}

class Diagnostic {
  source?: string;
  code?: unknown;
  constructor(readonly range: Range, readonly message: string, readonly severity: number) {}
}

class ThemeColor {
  constructor(readonly id: string) {}
}

const Uri = {
  parse: (value: string) => ({ scheme: value.split(":")[0], toString: () => value }),
  file: (fsPath: string) => ({ scheme: "file", fsPath, toString: () => `file://${fsPath}` }),
};

export const vscode = {
  Range,
  Position,
  Diagnostic,
  ThemeColor,
  Uri,
  DiagnosticSeverity: { Error: 0, Warning: 1, Information: 2, Hint: 3 },
  StatusBarAlignment: { Left: 1, Right: 2 },
  workspace: {
    isTrusted: true,
    getConfiguration(section: string) {
      return {
        get<T>(key: string, fallback?: T): T | undefined {
          const full = `${section}.${key}`;
          if (full in settings) {
            return settings[full] as T;
          }
          return full in properties ? (properties[full].default as T) : fallback;
        },
      };
    },
  },
  window: {
    createStatusBarItem(id: string) {
      const item = new MockStatusBarItem(id);
      created.statusBarItems.push(item);
      return item;
    },
  },
  extensions: { getExtension: () => undefined },
};

type Loader = (request: string, parent: unknown, isMain: boolean) => unknown;
const moduleWithLoad = Module as unknown as { _load: Loader };
const originalLoad = moduleWithLoad._load;
moduleWithLoad._load = function (request: string, parent: unknown, isMain: boolean) {
  return request === "vscode" ? vscode : originalLoad.call(this, request, parent, isMain);
};

export function resetSettings(values: Record<string, unknown> = {}): void {
  for (const key of Object.keys(settings)) {
    delete settings[key];
  }
  Object.assign(settings, values);
}
