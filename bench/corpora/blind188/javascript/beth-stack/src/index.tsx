import { Elysia } from "elysia";
import { html } from "@elysiajs/html";
import { staticPlugin } from "@elysiajs/static";
import { tweetsController } from "./controllers/tweets";
import { authController } from "./controllers/auth";
import { avatarController } from "./controllers/avatar";
import { BaseHtml } from "./components/base";

const app = new Elysia()
  .use(html())
  .use(staticPlugin())
  .onError(({ code, error, set }) => {
    if (code === "VALIDATION") {
      set.status = 400;
      return "Invalid input";
    }
    console.error(error);
    set.status = 500;
    return "Something went wrong";
  })
  .get("/", () => (
    <BaseHtml>
      <body class="flex flex-col items-center" hx-get="/tweets" hx-trigger="load" hx-swap="innerHTML"></body>
    </BaseHtml>
  ))
  .use(authController)
  .use(tweetsController)
  .use(avatarController)
  .listen(Number(Bun.env.PORT ?? 3000));

console.log(`🦊 Elysia is running at http://${app.server?.hostname}:${app.server?.port}`);

export type App = typeof app;
