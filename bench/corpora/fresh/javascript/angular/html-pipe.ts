import { Pipe, PipeTransform, SecurityContext } from '@angular/core';
import { DomSanitizer } from '@angular/platform-browser';

@Pipe({ name: 'trustHtml' })
export class TrustHtmlPipe implements PipeTransform {
  constructor(private readonly s: DomSanitizer) {}

  transform(value: string) {
    // expect: xss
    return this.s.bypassSecurityTrustHtml(value);
  }
}

@Pipe({ name: 'cleanHtml' })
export class CleanHtmlPipe implements PipeTransform {
  constructor(private readonly s: DomSanitizer) {}

  transform(value: string) {
    return this.s.sanitize(SecurityContext.HTML, value);
  }
}
