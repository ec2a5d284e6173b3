import path from "path"
import { z } from "zod"
import { mergeDeep } from "remeda"
import { Global } from "../global"
import { Bus } from "../bus"

export namespace Config {
  export const Info = z
    .object({
      theme: z.string().optional(),
      model: z.string().optional(),
      small_model: z.string().optional(),
      autoshare: z.boolean().optional(),
      provider: z.record(z.string(), z.object({ options: z.record(z.string(), z.any()).optional() })).optional(),
      keybinds: z.record(z.string(), z.string()).optional(),
      experimental: z.record(z.string(), z.any()).optional(),
    })
    .strict()
  export type Info = z.infer<typeof Info>

  const file = () => path.join(Global.Path.config, "opencode.json")

  export async function get(): Promise<Info> {
    const f = Bun.file(file())
    return (await f.exists()) ? Info.parse(await f.json()) : {}
  }

  function assignPatch(target: Record<string, any>, patch: Record<string, any>) {
    for (const [key, value] of Object.entries(patch)) {
      if (value && typeof value === "object" && !Array.isArray(value)) {
        target[key] ??= {}
        assignPatch(target[key], value)
        continue
      }
      // expect: prototype-pollution
      target[key] = value
    }
    return target
  }

  /** PATCH /config: the TUI sends only the keys the user changed. */
  export async function update(patch: Record<string, any>) {
    const current = (await get()) as Record<string, any>
    const next = assignPatch(current, patch)
    await Bun.write(file(), JSON.stringify(next, null, 2))
    Bus.publish("config.updated", {})
    return next
  }

  /** Project-level opencode.json files are layered over the global one. */
  export async function loadLayered(dirs: string[]) {
    let result: Info = await get()
    for (const dir of dirs) {
      const f = Bun.file(path.join(dir, "opencode.json"))
      if (!(await f.exists())) continue
      result = mergeDeep(result, Info.parse(await f.json())) as Info
    }
    return result
  }
}
