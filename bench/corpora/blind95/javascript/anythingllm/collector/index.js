const express = require("express");
const { processLink } = require("./processLink");
const { verifyPayloadIntegrity } = require("./middleware/verifyIntegrity");

const app = express();
app.use(express.json({ limit: "3GB" }));

app.post("/process-link", [verifyPayloadIntegrity], async function (request, response) {
  const { link, checked } = request.body;
  const result = await processLink(link, { checked });
  response.status(200).json({ url: link, ...result });
});

app.listen(8888, "127.0.0.1");
