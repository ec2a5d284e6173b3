// angular: the "safe" pipes almost every Angular project grows, and where they are used
import { Pipe, PipeTransform, SecurityContext, inject } from '@angular/core';
import { DomSanitizer, SafeHtml, SafeResourceUrl, SafeStyle, SafeUrl } from '@angular/platform-browser';

@Pipe({ name: 'safeHtml', standalone: true })
export class SafeHtmlPipe implements PipeTransform {
  private sanitizer = inject(DomSanitizer);

  transform(html: string | null | undefined): SafeHtml {
    // expect: xss
    return this.sanitizer.bypassSecurityTrustHtml(html ?? '');
  }
}

@Pipe({ name: 'safeResourceUrl', standalone: true })
export class SafeResourceUrlPipe implements PipeTransform {
  constructor(private sanitizer: DomSanitizer) {}

  transform(url: string): SafeResourceUrl {
    // expect: xss
    return this.sanitizer.bypassSecurityTrustResourceUrl(url);
  }
}

@Pipe({ name: 'youtubeEmbed', standalone: true })
export class YoutubeEmbedPipe implements PipeTransform {
  constructor(private sanitizer: DomSanitizer) {}

  transform(videoId: string): SafeResourceUrl {
    const id = /^[A-Za-z0-9_-]{11}$/.test(videoId) ? videoId : '';
    return this.sanitizer.bypassSecurityTrustResourceUrl(`https://www.youtube-nocookie.com/embed/${id}`);
  }
}

@Pipe({ name: 'cleanHtml', standalone: true })
export class CleanHtmlPipe implements PipeTransform {
  constructor(private sanitizer: DomSanitizer) {}

  transform(html: string): string | null {
    return this.sanitizer.sanitize(SecurityContext.HTML, html);
  }
}

@Pipe({ name: 'safeStyle', standalone: true })
export class SafeStylePipe implements PipeTransform {
  constructor(private sanitizer: DomSanitizer) {}

  transform(style: string): SafeStyle {
    // expect: xss
    return this.sanitizer.bypassSecurityTrustStyle(style);
  }
}

@Pipe({ name: 'mailto', standalone: true })
export class MailtoPipe implements PipeTransform {
  constructor(private sanitizer: DomSanitizer) {}

  transform(address: string): SafeUrl {
    return this.sanitizer.bypassSecurityTrustUrl('mailto:' + encodeURIComponent(address));
  }
}

@Pipe({ name: 'trustUrl', standalone: true })
export class TrustUrlPipe implements PipeTransform {
  constructor(private sanitizer: DomSanitizer) {}

  transform(url: string): SafeUrl {
    // expect: xss
    return this.sanitizer.bypassSecurityTrustUrl(url);
  }
}
