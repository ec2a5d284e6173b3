// library: Angular (DomSanitizer)
import { Component, Input, OnInit, SecurityContext } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { DomSanitizer, SafeHtml, SafeResourceUrl } from '@angular/platform-browser';

@Component({
  selector: 'app-embed',
  template: `
    <div [innerHTML]="bio"></div>
    <div [innerHTML]="trustedBio"></div>
    <iframe [src]="videoUrl"></iframe>
    <iframe [src]="partnerUrl"></iframe>
  `,
})
export class EmbedComponent implements OnInit {
  @Input() bio = '';
  @Input() videoId = '';
  trustedBio: SafeHtml = '';
  videoUrl: SafeResourceUrl = '';
  partnerUrl: SafeResourceUrl = '';
  cleanBio: string | null = '';

  constructor(private sanitizer: DomSanitizer, private route: ActivatedRoute) {}

  ngOnInit(): void {
    // expect: xss
    this.trustedBio = this.sanitizer.bypassSecurityTrustHtml(this.bio);
    this.cleanBio = this.sanitizer.sanitize(SecurityContext.HTML, this.bio);
    const id = encodeURIComponent(this.videoId);
    this.videoUrl = this.sanitizer.bypassSecurityTrustResourceUrl(`https://www.youtube-nocookie.com/embed/${id}`);
    const partner = this.route.snapshot.queryParamMap.get('src') ?? '';
    // expect: xss
    this.partnerUrl = this.sanitizer.bypassSecurityTrustResourceUrl(partner);
  }
}
