import { Component, Input, Pipe, PipeTransform, SecurityContext } from '@angular/core';
import { DomSanitizer, SafeHtml, SafeResourceUrl, SafeStyle, SafeUrl } from '@angular/platform-browser';
import { ActivatedRoute } from '@angular/router';
import DOMPurify from 'dompurify';

@Pipe({ name: 'trustHtml' })
export class TrustHtmlPipe implements PipeTransform {
  constructor(private sanitizer: DomSanitizer) {}

  transform(value: string): SafeHtml {
    // expect: xss
    return this.sanitizer.bypassSecurityTrustHtml(value);
  }
}

@Component({
  selector: 'app-embed-frame',
  template: '<iframe [src]="frameUrl" width="100%" height="480"></iframe>',
})
export class EmbedFrameComponent {
  frameUrl!: SafeResourceUrl;

  constructor(private readonly domSanitizer: DomSanitizer) {}

  @Input() set embed(url: string) {
    // expect: xss
    this.frameUrl = this.domSanitizer.bypassSecurityTrustResourceUrl(url);
  }
}

@Component({
  selector: 'app-profile-banner',
  template: '<div class="banner" [style]="bannerStyle"><a [href]="website">Website</a></div>',
})
export class ProfileBannerComponent {
  bannerStyle!: SafeStyle;
  website!: SafeUrl;

  constructor(private _sanitizer: DomSanitizer, private route: ActivatedRoute) {}

  @Input() set profile(p: { bannerImage: string; website: string }) {
    // expect: xss
    this.bannerStyle = this._sanitizer.bypassSecurityTrustStyle(`background-image: url(${p.bannerImage})`);
    // expect: xss
    this.website = this._sanitizer.bypassSecurityTrustUrl(p.website);
  }
}

// Safe look-alikes: constants, Angular's own sanitising, DOMPurify output.
@Component({
  selector: 'app-help-text',
  template: '<div [innerHTML]="help"></div><div [innerHTML]="notes"></div>',
})
export class HelpTextComponent {
  help: SafeHtml;
  notes: string | null = null;

  constructor(private sanitizer: DomSanitizer) {
    this.help = this.sanitizer.bypassSecurityTrustHtml('<strong>Tip:</strong> press <kbd>?</kbd> for shortcuts');
  }

  @Input() set rawNotes(v: string) {
    this.notes = this.sanitizer.sanitize(SecurityContext.HTML, v);
  }

  cleaned(v: string): SafeHtml {
    return this.sanitizer.bypassSecurityTrustHtml(DOMPurify.sanitize(v));
  }
}
