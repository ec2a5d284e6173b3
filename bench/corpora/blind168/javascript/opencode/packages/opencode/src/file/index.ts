import path from "path"
import { exec } from "child_process"
import { promisify } from "util"
import { $ } from "bun"
import { App } from "../app/app"

const execAsync = promisify(exec)

export namespace File {
  export function root() {
    return App.info().path.cwd
  }

  export async function read(file: string) {
    // expect: path-traversal
    const text = await Bun.file(path.join(root(), file)).text()
    const diff = await $`git diff --no-ext-diff -- ${file}`.cwd(root()).quiet().nothrow().text()
    return { type: "raw" as const, content: text, diff: diff || undefined }
  }

  export async function history(file: string, limit: number) {
    // expect: command-injection
    const { stdout } = await execAsync(`git log -n ${limit} --format=%H%x09%an%x09%s -- ${file}`, { cwd: root(), maxBuffer: 4 * 1024 * 1024 })
    return stdout
      .split("\n")
      .filter(Boolean)
      .map((line) => {
        const [hash, author, subject] = line.split("\t")
        return { hash, author, subject }
      })
  }

  export async function status() {
    const out = await $`git status --porcelain=v1 -z`.cwd(root()).quiet().nothrow().text()
    return out
      .split("\0")
      .filter(Boolean)
      .map((entry) => ({ status: entry.slice(0, 2).trim(), path: entry.slice(3) }))
  }

  export async function blame(file: string, line: number) {
    const resolved = path.resolve(root(), file)
    if (!resolved.startsWith(root() + path.sep)) throw new Error("path outside project")
    const safeLine = Math.max(1, Math.trunc(line))
    const out = await $`git blame -L ${safeLine},${safeLine} --porcelain -- ${resolved}`.cwd(root()).quiet().nothrow().text()
    return out.split("\n")[0]?.split(" ")[0] ?? null
  }
}
