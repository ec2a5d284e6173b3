import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import path from "path"

const EXPORT_DIR = path.resolve(process.env.EXPORT_DIR ?? "uploads/exports")
const EXPORT_ID = /^[a-z0-9_-]+$/i

export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { id } = req.params
  const format = (req.query.format as string) ?? "csv"
  const file = path.join(EXPORT_DIR, `${id}.${format}`)
  // expect: path-traversal
  res.download(file, `export-${id}.${format}`)
}

export const HEAD = async (req: MedusaRequest, res: MedusaResponse) => {
  const { id } = req.params
  if (!EXPORT_ID.test(id)) {
    res.status(400).json({ message: "Invalid export id" })
    return
  }
  res.download(path.join(EXPORT_DIR, `${id}.csv`), `export-${id}.csv`)
}
