// angular: pipes and a widget component that trust HTML and URLs
import { Component, Input, Pipe, PipeTransform, SecurityContext } from '@angular/core';
import { DomSanitizer, SafeHtml, SafeResourceUrl, SafeUrl } from '@angular/platform-browser';
import { ActivatedRoute } from '@angular/router';

@Pipe({ name: 'trustHtml' })
export class TrustHtmlPipe implements PipeTransform {
  constructor(private sanitizer: DomSanitizer) {}
  transform(value: string): SafeHtml {
    // expect: xss
    return this.sanitizer.bypassSecurityTrustHtml(value);
  }
}

@Pipe({ name: 'cleanHtml' })
export class CleanHtmlPipe implements PipeTransform {
  constructor(private sanitizer: DomSanitizer) {}
  transform(value: string): string | null {
    return this.sanitizer.sanitize(SecurityContext.HTML, value);
  }
}

@Component({
  selector: 'app-widget',
  template: `<iframe [src]="frameUrl"></iframe><a [href]="link">open</a><div [innerHTML]="note"></div>`,
})
export class WidgetComponent {
  @Input() note = '';
  frameUrl: SafeResourceUrl;
  link: SafeUrl;

  constructor(private sanitizer: DomSanitizer, route: ActivatedRoute) {
    const src = route.snapshot.queryParamMap.get('src') ?? '';
    // expect: xss
    this.frameUrl = this.sanitizer.bypassSecurityTrustResourceUrl(src);
    const id = Number(route.snapshot.queryParamMap.get('video'));
    this.frameUrl = this.sanitizer.bypassSecurityTrustResourceUrl(`https://player.example.com/embed/${id}`);
    const next = route.snapshot.queryParamMap.get('next') ?? '/';
    // expect: xss
    this.link = this.sanitizer.bypassSecurityTrustUrl(next);
  }

  styleFor(userCss: string) {
    // expect: xss
    return this.sanitizer.bypassSecurityTrustStyle(userCss);
  }

  scriptFor() {
    return this.sanitizer.bypassSecurityTrustScript('console.log("widget ready")');
  }
}
