import { Component, Input, OnChanges } from '@angular/core';
import { DomSanitizer, SafeResourceUrl, SafeScript } from '@angular/platform-browser';

@Component({
  selector: 'app-embed',
  template: `<iframe [src]="frameUrl" title="embed"></iframe>`,
})
export class EmbedComponent implements OnChanges {
  @Input() src = '';
  @Input() widgetScript = '';
  frameUrl?: SafeResourceUrl;
  script?: SafeScript;
  readonly helpUrl: SafeResourceUrl;

  constructor(private readonly sanitizer: DomSanitizer) {
    this.helpUrl = this.sanitizer.bypassSecurityTrustResourceUrl('https://help.example-mail.com/embed');
  }

  ngOnChanges(): void {
    // expect: angular-bypass-sanitizer
    this.frameUrl = this.sanitizer.bypassSecurityTrustResourceUrl(this.src);
    // expect: angular-bypass-sanitizer
    this.script = this.sanitizer.bypassSecurityTrustScript(this.widgetScript);
  }
}
