import "reflect-metadata";
import "dotenv-safe/config";
import express from "express";
import session from "express-session";
import connectRedis from "connect-redis";
import Redis from "ioredis";
import cors from "cors";
import { ApolloServer } from "apollo-server-express";
import { buildSchema } from "type-graphql";
import { graphqlUploadExpress } from "graphql-upload";
import { createConnection } from "typeorm";
import { COOKIE_NAME, __prod__ } from "./constants";
import { Post } from "./entities/Post";
import { PostResolver } from "./resolvers/post";
import { UserResolver } from "./resolvers/user";

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const main = async () => {
  await createConnection({ type: "postgres", url: process.env.DATABASE_URL, entities: [__dirname + "/entities/*.js"] });

  const app = express();
  const RedisStore = connectRedis(session);
  const redis = new Redis(process.env.REDIS_URL);
  app.set("trust proxy", 1);
  app.use(cors({ origin: process.env.CORS_ORIGIN, credentials: true }));
  app.use(
    session({
      name: COOKIE_NAME,
      store: new RedisStore({ client: redis, disableTouch: true }),
      cookie: { maxAge: 1000 * 60 * 60 * 24 * 365, httpOnly: true, sameSite: "lax", secure: __prod__ },
      saveUninitialized: false,
      secret: process.env.SESSION_SECRET,
      resave: false,
    })
  );
  app.use(graphqlUploadExpress({ maxFileSize: 2_000_000, maxFiles: 1 }));

  // Link previews for chat apps: a tiny page with Open Graph tags for one post.
  app.get("/share/:id", async (req, res) => {
    const id = Number.parseInt(req.params.id, 10);
    const post = Number.isInteger(id) ? await Post.findOne(id) : undefined;
    if (!post) return res.status(404).send("Not found");
    const url = `${process.env.CORS_ORIGIN}/post/${post.id}`;
    const head =
      `<!doctype html><html><head><meta property="og:title" content="${escapeHtml(post.title)}">` +
      `<meta property="og:url" content="${url}"><meta http-equiv="refresh" content="0;url=${url}"></head>`;
    // expect: xss
    return res.type("html").send(`${head}<body><h1>${post.title}</h1><p>${post.text.slice(0, 200)}</p></body></html>`);
  });

  const apolloServer = new ApolloServer({
    schema: await buildSchema({ resolvers: [PostResolver, UserResolver], validate: false }),
    context: ({ req, res }) => ({ req, res, redis }),
    uploads: false,
  });
  apolloServer.applyMiddleware({ app, cors: false });

  app.listen(parseInt(process.env.PORT ?? "4000"), () => {
    console.log("server started on localhost:4000");
  });
};

main().catch((err) => {
  console.error(err);
});
