// Where the postil server comes from. Pure logic (no `vscode` import) so it is unit-tested.
//
// Order: `postil.path` (first existing executable), `postil.interpreter` (`python -P -m postil`),
// the Python extension's active interpreter, then `postil` on PATH.
//
// postil's imports come only from its installation: a Python runs with `-P` (Python >= 3.11: the
// working directory, which is the workspace, is not put first on `sys.path`), so a repository's
// `json.py` or `pygls/` is never imported. In a restricted (untrusted) window nothing the
// repository controls is started: no executable inside the workspace folder, no Python
// extension interpreter (often the workspace's own `.venv`).
import * as os from "os";
import * as path from "path";

export type Source = "postil.path" | "postil.interpreter" | "python extension" | "PATH";

export interface ResolveInput {
  paths: string[];
  interpreter: string;
  pythonExtensionInterpreter?: string;
  serverArgs: string[];
  envPath: string | undefined;
  platform: NodeJS.Platform;
  workspaceFolder?: string;
  home?: string;
  /** False in a restricted (untrusted) window. */
  trusted: boolean;
  /** True when `file` exists and is an executable file. */
  isExecutable: (file: string) => boolean;
}

export interface Found {
  ok: true;
  source: Source;
  /** The postil CLI as argv: `[exe]` or `[python, "-P", "-m", "postil"]`. */
  cli: string[];
  command: string;
  args: string[];
}

export interface NotFound {
  ok: false;
  message: string;
  tried: string[];
}

export type Resolution = Found | NotFound;

export const INSTALL_HINT =
  "Install it from a clone of postil with 'pipx install /path/to/postil' (or 'pip install /path/to/postil' in your project's environment), " +
  "or set \"postil.path\" to the postil executable or \"postil.interpreter\" to a Python that has it.";

/**
 * Where `postil.path` and `postil.interpreter` are read, as the command that opens it. They are
 * `machine` scoped: in a remote window (SSH, WSL, containers, code-server) VS Code reads them from
 * Remote settings, since a path on the local machine means nothing where the server runs, and
 * ignores the local User settings.
 */
export function serverSettings(remoteName: string | undefined): { command: string; args: unknown[]; hint: string } {
  if (remoteName) {
    return {
      command: "workbench.action.openRemoteSettings",
      args: [{ query: "postil.path" }],
      hint: " In this remote window they are read from Remote settings, not from User settings.",
    };
  }
  return { command: "workbench.action.openSettings", args: ["postil.path"], hint: "" };
}

/** `~` and `${workspaceFolder}` / `${userHome}` in a configured path. */
export function expand(value: string, workspaceFolder?: string, home: string = os.homedir()): string {
  let out = value.trim();
  if (out === "~" || out.startsWith("~/") || out.startsWith("~\\")) {
    out = home + out.slice(1);
  }
  out = out.replace(/\$\{userHome\}/g, home);
  if (workspaceFolder) {
    out = out.replace(/\$\{workspaceFolder\}/g, workspaceFolder);
  }
  return out;
}

function executableNames(name: string, platform: NodeJS.Platform): string[] {
  return platform === "win32" ? [`${name}.exe`, `${name}.cmd`, `${name}.bat`, name] : [name];
}

/** `python -P -m postil`: the interpreter never imports from its working directory. */
export function pythonCli(python: string): string[] {
  return [python, "-P", "-m", "postil"];
}

function pathApi(platform: NodeJS.Platform): typeof path.posix {
  return platform === "win32" ? path.win32 : path.posix;
}

/** True when `file` is `folder` or lies under it. */
export function isInside(file: string, folder: string | undefined, platform: NodeJS.Platform): boolean {
  if (!folder) {
    return false;
  }
  const api = pathApi(platform);
  const relative = api.relative(api.resolve(folder), api.resolve(file));
  return relative === "" || (!relative.startsWith("..") && !api.isAbsolute(relative));
}

/**
 * First `name` found on a PATH string. Relative entries (`.`, empty) are skipped: they would
 * find a `postil` in whatever the working directory is; so are `skip` directories.
 */
export function whichOnPath(
  name: string,
  envPath: string | undefined,
  platform: NodeJS.Platform,
  isExecutable: (file: string) => boolean,
  skip: (dir: string) => boolean = () => false,
): string | undefined {
  const sep = platform === "win32" ? ";" : ":";
  const api = pathApi(platform);
  const join = api.join;
  for (const dir of (envPath ?? "").split(sep)) {
    if (!dir || !api.isAbsolute(dir) || skip(dir)) {
      continue;
    }
    for (const candidate of executableNames(name, platform)) {
      const full = join(dir, candidate);
      if (isExecutable(full)) {
        return full;
      }
    }
  }
  return undefined;
}

function found(source: Source, cli: string[], serverArgs: string[]): Found {
  return { ok: true, source, cli, command: cli[0], args: [...cli.slice(1), "serve", ...serverArgs] };
}

const RESTRICTED =
  "is inside the workspace folder, and this window is in Restricted Mode: postil does not run programs " +
  "a repository could have put there. Trust the workspace, or install postil outside it ('pipx install /path/to/postil').";

export function resolveServer(input: ResolveInput): Resolution {
  const tried: string[] = [];
  const home = input.home ?? os.homedir();
  // In a restricted window a program inside the workspace folder is the repository's, not the user's.
  const refusedInWorkspace = (file: string) => !input.trusted && isInside(file, input.workspaceFolder, input.platform);
  const usable = (file: string) => input.isExecutable(file) && !refusedInWorkspace(file);
  const configured = input.paths.map((p) => expand(p, input.workspaceFolder, home)).filter((p) => p.length > 0);
  if (configured.length > 0) {
    for (const candidate of configured) {
      tried.push(candidate);
      if (usable(candidate)) {
        return found("postil.path", [candidate], input.serverArgs);
      }
    }
    // An explicit setting that points nowhere is an error, not a silent fallback.
    const refused = configured.find(refusedInWorkspace);
    if (refused) {
      return { ok: false, tried, message: `postil: "postil.path" ${refused} ${RESTRICTED}` };
    }
    return {
      ok: false,
      tried,
      message: `postil: "postil.path" is set but none of its entries is an executable file (${configured.join(", ")}). ` +
        "Fix the path in Settings, or clear it to use \"postil.interpreter\" or postil on PATH.",
    };
  }
  const interpreter = expand(input.interpreter, input.workspaceFolder, home);
  if (interpreter) {
    tried.push(interpreter);
    if (usable(interpreter)) {
      return found("postil.interpreter", pythonCli(interpreter), input.serverArgs);
    }
    if (refusedInWorkspace(interpreter)) {
      return { ok: false, tried, message: `postil: "postil.interpreter" ${interpreter} ${RESTRICTED}` };
    }
    return {
      ok: false,
      tried,
      message: `postil: "postil.interpreter" is set to ${interpreter}, which is not an executable file. ` +
        "Point it at a Python that has postil installed, or clear it.",
    };
  }
  if (input.pythonExtensionInterpreter && input.trusted) {
    tried.push(input.pythonExtensionInterpreter);
    if (input.isExecutable(input.pythonExtensionInterpreter)) {
      return found("python extension", pythonCli(input.pythonExtensionInterpreter), input.serverArgs);
    }
  }
  const onPath = whichOnPath("postil", input.envPath, input.platform, input.isExecutable, refusedInWorkspace);
  tried.push("postil on PATH");
  if (onPath) {
    return found("PATH", [onPath], input.serverArgs);
  }
  return { ok: false, tried, message: `postil: the postil language server was not found. ${INSTALL_HINT}` };
}

/**
 * After a candidate was chosen, `postil --version` is run; when it fails (e.g. the Python extension's
 * interpreter has no postil module) this is the message shown.
 */
export function probeFailureMessage(found: Found, output: string): string {
  const firstLine = output.trim().split(/\r?\n/).pop() ?? "";
  if (/No module named '?postil'?/.test(output)) {
    return `postil: ${found.cli[0]} (from ${found.source}) has no postil module. ${INSTALL_HINT}`;
  }
  return `postil: '${found.cli.join(" ")} --version' failed${firstLine ? `: ${firstLine}` : ""}. ${INSTALL_HINT}`;
}

/** The version from `postil --version` output ("postil 0.1.0"). */
export function parseVersion(output: string): string | undefined {
  const match = /postil\s+v?(\d+\.\d+[^\s]*)/.exec(output);
  return match ? match[1] : undefined;
}
