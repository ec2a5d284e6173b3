import { Pipe, PipeTransform, SecurityContext } from '@angular/core';
import { DomSanitizer, SafeHtml, SafeResourceUrl, SafeUrl } from '@angular/platform-browser';

@Pipe({ name: 'trustedHtml', standalone: true })
export class TrustedHtmlPipe implements PipeTransform {
  constructor(private readonly sanitizer: DomSanitizer) {}

  transform(value: string | null | undefined): SafeHtml {
    // expect: xss
    return this.sanitizer.bypassSecurityTrustHtml(value ?? '');
  }
}

@Pipe({ name: 'cleanHtml', standalone: true })
export class CleanHtmlPipe implements PipeTransform {
  constructor(private readonly sanitizer: DomSanitizer) {}

  transform(value: string): string {
    return this.sanitizer.sanitize(SecurityContext.HTML, value) ?? '';
  }
}

@Pipe({ name: 'embedUrl', standalone: true })
export class EmbedUrlPipe implements PipeTransform {
  constructor(private readonly sanitizer: DomSanitizer) {}

  transform(videoId: string): SafeResourceUrl {
    const id = encodeURIComponent(videoId);
    return this.sanitizer.bypassSecurityTrustResourceUrl(`https://www.youtube-nocookie.com/embed/${id}`);
  }
}

@Pipe({ name: 'anyUrl', standalone: true })
export class AnyUrlPipe implements PipeTransform {
  constructor(private readonly sanitizer: DomSanitizer) {}

  transform(url: string): SafeUrl {
    // expect: xss
    return this.sanitizer.bypassSecurityTrustUrl(url);
  }
}
