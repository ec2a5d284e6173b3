// library: Angular (DomSanitizer in a pipe)
import { Pipe, PipeTransform, SecurityContext } from '@angular/core';
import { DomSanitizer, SafeHtml } from '@angular/platform-browser';

@Pipe({ name: 'trustedHtml', standalone: true })
export class TrustedHtmlPipe implements PipeTransform {
  constructor(private sanitizer: DomSanitizer) {}

  transform(value: string | null): SafeHtml {
    // expect: xss
    return this.sanitizer.bypassSecurityTrustHtml(value ?? '');
  }
}

@Pipe({ name: 'cleanHtml', standalone: true })
export class CleanHtmlPipe implements PipeTransform {
  constructor(private sanitizer: DomSanitizer) {}

  transform(value: string | null): string {
    return this.sanitizer.sanitize(SecurityContext.HTML, value ?? '') ?? '';
  }
}

const FOOTER_HTML = '<small>&copy; Example Ltd &middot; <a href="/terms">Terms</a></small>';

@Pipe({ name: 'footer', standalone: true })
export class FooterPipe implements PipeTransform {
  constructor(private sanitizer: DomSanitizer) {}

  transform(): SafeHtml {
    return this.sanitizer.bypassSecurityTrustHtml(FOOTER_HTML);
  }
}

@Pipe({ name: 'highlight', standalone: true })
export class HighlightPipe implements PipeTransform {
  constructor(private sanitizer: DomSanitizer) {}

  transform(text: string, term: string): SafeHtml {
    const marked = term ? text.split(term).join(`<mark>${term}</mark>`) : text;
    // expect: xss
    return this.sanitizer.bypassSecurityTrustHtml(marked);
  }
}
