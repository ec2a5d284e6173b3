import express from "express"
import contentDisposition from "content-disposition"
import { stringify } from "csv-stringify/sync"
import { createLoaders } from "lib/loaders"

export const exportsRouter = express.Router()

const COLUMNS = ["id", "title", "artist_names", "date", "medium", "price_listed"]

function toRows(artworks) {
  return artworks.map((a) => [a.id, a.title, (a.artists || []).map((x) => x.name).join("; "), a.date, a.medium, a.price_listed])
}

exportsRouter.get("/export/collection.csv", async (req, res) => {
  const accessToken = req.headers["x-access-token"]
  if (!accessToken) return res.status(401).end()
  const { meCollectionArtworksLoader } = createLoaders(accessToken, req.headers["x-user-id"])
  const artworks = await meCollectionArtworksLoader({ size: 100, private: true })
  const name = typeof req.query.name === "string" ? req.query.name : "my-collection"
  res.set("Content-Type", "text/csv; charset=utf-8")
  res.set("Content-Disposition", contentDisposition(`${name}.csv`))
  res.send(stringify([COLUMNS, ...toRows(artworks)]))
})

exportsRouter.get("/export/sale/:saleId/lots.csv", async (req, res) => {
  const accessToken = req.headers["x-access-token"]
  if (!accessToken) return res.status(401).end()
  const { saleArtworksLoader } = createLoaders(accessToken, req.headers["x-user-id"])
  const lots = await saleArtworksLoader(req.params.saleId, { size: 500 })
  const title = typeof req.query.title === "string" ? req.query.title : req.params.saleId
  res.set("Content-Type", "text/csv; charset=utf-8")
  // expect: header-injection
  res.set("Content-Disposition", `attachment; filename="${title}-lots.csv"`)
  res.send(stringify([COLUMNS, ...toRows(lots.map((lot) => lot.artwork))]))
})
