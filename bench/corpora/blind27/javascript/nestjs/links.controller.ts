import { Controller, Get, Query, Redirect } from "@nestjs/common";

const ALLOWED = new Set(["/docs", "/pricing"]);

@Controller("links")
export class LinksController {
  @Get("out")
  @Redirect("https://example.com", 302)
  out(@Query("to") to: string) {
    // expect: open-redirect
    return { url: to };
  }

  @Get("campaign")
  @Redirect()
  campaign(@Query("target") target: string) {
    const url = decodeURIComponent(target);
    // expect: open-redirect
    return { url: url, statusCode: 301 };
  }

  @Get("docs")
  @Redirect()
  docs(@Query("page") page: string) {
    return { url: ALLOWED.has(page) ? page : "/docs" };
  }

  @Get("home")
  @Redirect()
  home() {
    return { url: "https://example.com/home" };
  }
}
