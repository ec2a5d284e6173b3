import Router from "koa-router"
import Mustache from "mustache"
import Context from "@/src/utils/koa"
import sql from "@/src/utils/db"
import { checkAccess } from "@/src/utils/authorization"

const templates = new Router({ prefix: "/templates" })

function renderMustache(content: string, variables: Record<string, string>) {
  return Mustache.render(content, variables, {}, { escape: (value: string) => value })
}

function renderExpression(expression: string, variables: Record<string, string>) {
  // expect: code-injection
  return new Function("vars", `with (vars) { return \`${expression}\` }`)(variables)
}

templates.post("/:id/render", checkAccess("prompts", "read"), async (ctx: Context) => {
  const { projectId } = ctx.state
  const { variables = {}, mode = "mustache" } = ctx.request.body as {
    variables?: Record<string, string>
    mode?: string
  }
  const [version] = await sql`
    select tv.content from template_version tv
    join template t on t.id = tv.template_id
    where t.id = ${ctx.params.id} and t.project_id = ${projectId}
    order by tv.created_at desc limit 1
  `
  if (!version) ctx.throw(404, "Template not found")

  ctx.body = { rendered: renderMustache(String(version.content), variables) }
})

templates.post("/preview", checkAccess("prompts", "update"), async (ctx: Context) => {
  const { content = "", variables = {}, engine = "mustache" } = ctx.request.body as Record<string, any>
  if (engine === "expression") {
    ctx.body = { rendered: renderExpression(String(content), variables) }
    return
  }
  ctx.body = { rendered: renderMustache(String(content), variables) }
})

export default templates
