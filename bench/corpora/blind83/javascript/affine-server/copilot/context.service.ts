import { Injectable } from '@nestjs/common';

interface Attachment {
  sessionId: string;
  source: { kind: string; href: string };
  owner?: string;
}

@Injectable()
export class CopilotContextService {
  async addAttachment(attachment: Attachment): Promise<string> {
    if (attachment.source.kind === 'doc') {
      return attachment.sessionId;
    }
    const body = await this.fetchText(attachment.source.href);
    return body.slice(0, 4000);
  }

  private async fetchText(href: string): Promise<string> {
    // expect: ssrf
    const res = await fetch(href, { redirect: 'follow', signal: AbortSignal.timeout(5000) });
    return res.text();
  }
}
