import { Controller, Get, Header } from "@nestjs/common";

@Controller("legacy")
export class LegacyController {
  @Get("page")
  // expect: xss-protection-disabled
  @Header("X-XSS-Protection", "0")
  page() {
    return "<html><body>legacy</body></html>";
  }

  @Get("report")
  @Header("Cache-Control", "no-store")
  report() {
    return { ok: true };
  }

  @Get("frame")
  @Header("X-Frame-Options", "DENY")
  frame() {
    return "<p>framed</p>";
  }
}
