import { Pipe, PipeTransform, SecurityContext, inject } from '@angular/core';
import { DomSanitizer, SafeHtml, SafeResourceUrl } from '@angular/platform-browser';

@Pipe({ name: 'safeHtml', standalone: true })
export class SafeHtmlPipe implements PipeTransform {
  private readonly sanitizer = inject(DomSanitizer);

  transform(value: string): SafeHtml {
    // expect: angular-bypass-sanitizer
    return this.sanitizer.bypassSecurityTrustHtml(value);
  }
}

@Pipe({ name: 'cleanHtml', standalone: true })
export class CleanHtmlPipe implements PipeTransform {
  private readonly sanitizer = inject(DomSanitizer);

  transform(value: string): string | null {
    return this.sanitizer.sanitize(SecurityContext.HTML, value);
  }
}

@Pipe({ name: 'safeUrl', standalone: true })
export class SafeResourceUrlPipe implements PipeTransform {
  constructor(private readonly sanitizer: DomSanitizer) {}

  transform(url: string): SafeResourceUrl {
    // expect: angular-bypass-sanitizer
    return this.sanitizer.bypassSecurityTrustResourceUrl(url);
  }
}
