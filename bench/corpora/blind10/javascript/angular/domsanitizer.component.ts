// library: Angular (DomSanitizer bypassSecurityTrust*)
import { Component, Input, inject } from '@angular/core';
import { DomSanitizer, SafeHtml, SafeResourceUrl, SafeUrl } from '@angular/platform-browser';
import DOMPurify from 'dompurify';

@Component({
  selector: 'app-post',
  template: `
    <article [innerHTML]="body"></article>
    <iframe [src]="embedUrl"></iframe>
    <a [href]="authorUrl">{{ authorName }}</a>
  `,
})
export class PostComponent {
  private sanitizer = inject(DomSanitizer);
  body: SafeHtml | string = '';
  embedUrl: SafeResourceUrl | null = null;
  authorUrl: SafeUrl | string = '#';
  authorName = '';

  @Input() set post(post: { html: string; videoId: string; embed: string; author: { name: string; url: string } }) {
    // expect: xss
    this.body = this.sanitizer.bypassSecurityTrustHtml(post.html);
    this.embedUrl = this.sanitizer.bypassSecurityTrustResourceUrl('https://www.youtube-nocookie.com/embed/' + encodeURIComponent(post.videoId));
    // expect: xss
    this.authorUrl = this.sanitizer.bypassSecurityTrustUrl(post.author.url);
    this.authorName = post.author.name;
  }

  setPreview(html: string) {
    this.body = this.sanitizer.bypassSecurityTrustHtml(DOMPurify.sanitize(html));
  }

  setRawPreview(html: string) {
    this.body = html;
  }

  setEmbed(src: string) {
    // expect: xss
    this.embedUrl = this.sanitizer.bypassSecurityTrustResourceUrl(src);
  }
}
