import { createServer } from "node:http";
import { yoga } from "./graphql";
import { renderPlayground } from "./playground";

const port = Number(process.env.PORT ?? 4000);

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? "/", `http://${req.headers.host ?? "localhost"}`);

  if (url.pathname === "/" && req.method === "GET" && !req.headers.accept?.includes("application/json")) {
    res.writeHead(200, {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "public, max-age=300",
    });
    res.end(renderPlayground(url.searchParams));
    return;
  }

  if (url.pathname === "/healthz") {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ ok: true, uptime: process.uptime() }));
    return;
  }

  if (url.pathname === "/" || url.pathname === "/graphql") {
    return yoga(req, res);
  }

  res.writeHead(404, { "content-type": "text/plain" });
  res.end("Not found");
});

server.listen(port, () => {
  console.info(`Countries API listening on http://localhost:${port}/graphql`);
});

process.on("SIGTERM", () => {
  server.close(() => process.exit(0));
});
