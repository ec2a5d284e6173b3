import path from "path"
import { spawn } from "child_process"
import { Global } from "../global"

export namespace Ripgrep {
  export type Match = { path: string; line: number; text: string }

  async function binary() {
    const bundled = path.join(Global.Path.bin, process.platform === "win32" ? "rg.exe" : "rg")
    return (await Bun.file(bundled).exists()) ? bundled : "rg"
  }

  function run(cmd: string, args: string[], cwd: string, limit: number): Promise<string[]> {
    return new Promise((resolve, reject) => {
      const child = spawn(cmd, args, { cwd, stdio: ["ignore", "pipe", "pipe"] })
      const lines: string[] = []
      let buffer = ""
      child.stdout.on("data", (chunk: Buffer) => {
        buffer += chunk.toString()
        const parts = buffer.split("\n")
        buffer = parts.pop() ?? ""
        for (const part of parts) {
          if (lines.length >= limit) {
            child.kill()
            break
          }
          lines.push(part)
        }
      })
      child.on("error", reject)
      child.on("close", () => resolve(lines))
    })
  }

  export async function search(input: { cwd: string; pattern: string; limit: number }): Promise<Match[]> {
    const lines = await run(await binary(), ["--json", "--max-count=20", "--regexp", input.pattern, "--", "."], input.cwd, input.limit * 4)
    const matches: Match[] = []
    for (const line of lines) {
      const event = JSON.parse(line)
      if (event.type !== "match") continue
      matches.push({ path: event.data.path.text, line: event.data.line_number, text: event.data.lines.text.trimEnd() })
      if (matches.length >= input.limit) break
    }
    return matches
  }

  export async function files(input: { cwd: string; query: string; limit: number }) {
    const all = await run(await binary(), ["--files", "--hidden", "--glob=!.git/*"], input.cwd, 50_000)
    const needle = input.query.toLowerCase()
    return all.filter((file) => file.toLowerCase().includes(needle)).slice(0, input.limit)
  }
}
