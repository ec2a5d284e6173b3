import { Pipe, PipeTransform, SecurityContext } from '@angular/core';
import { DomSanitizer, SafeStyle } from '@angular/platform-browser';

@Pipe({ name: 'userStyle' })
export class UserStylePipe implements PipeTransform {
  constructor(private sanitizer: DomSanitizer) {}

  transform(value: string): SafeStyle {
    // expect: xss
    return this.sanitizer.bypassSecurityTrustStyle(value);
  }
}

@Pipe({ name: 'cleanHtml' })
export class CleanHtmlPipe implements PipeTransform {
  constructor(private sanitizer: DomSanitizer) {}

  transform(value: string): string | null {
    return this.sanitizer.sanitize(SecurityContext.HTML, value);
  }
}

@Pipe({ name: 'userScript' })
export class UserScriptPipe implements PipeTransform {
  constructor(private sanitizer: DomSanitizer) {}

  transform(value: string) {
    // expect: xss
    return this.sanitizer.bypassSecurityTrustScript(value);
  }
}
