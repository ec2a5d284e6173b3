import { Component, Input, OnChanges } from '@angular/core';
import { DomSanitizer, SafeHtml, SafeResourceUrl, SafeStyle } from '@angular/platform-browser';
import DOMPurify from 'dompurify';

// Article page of the community blog. Any member can publish an article;
// the editor stores HTML and an optional video embed URL.
export interface Article {
  id: number;
  title: string;
  bodyHtml: string;
  summaryHtml: string;
  embedUrl?: string;
  youtubeId?: string;
}

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;

@Component({
  selector: 'app-article-view',
  template: `
    <article>
      <h1>{{ article.title }}</h1>
      <div class="summary" [innerHTML]="summary"></div>
      <div class="body" [innerHTML]="body"></div>
      <iframe *ngIf="video" [src]="video" allowfullscreen></iframe>
      <iframe *ngIf="youtube" [src]="youtube" allowfullscreen></iframe>
      <div class="divider" [style.background]="divider"></div>
    </article>
  `,
})
export class ArticleViewComponent implements OnChanges {
  @Input() article!: Article;
  summary: SafeHtml | null = null;
  body: SafeHtml | null = null;
  video: SafeResourceUrl | null = null;
  youtube: SafeResourceUrl | null = null;
  divider: SafeStyle;

  constructor(private sanitizer: DomSanitizer) {
    this.divider = this.sanitizer.bypassSecurityTrustStyle('linear-gradient(90deg, #e0e0e0, #ffffff)');
  }

  ngOnChanges(): void {
    const article = this.article;
    this.summary = this.sanitizer.bypassSecurityTrustHtml(DOMPurify.sanitize(article.summaryHtml));
    // expect: xss
    this.body = this.sanitizer.bypassSecurityTrustHtml(article.bodyHtml);
    if (article.embedUrl) {
      // expect: xss
      this.video = this.sanitizer.bypassSecurityTrustResourceUrl(article.embedUrl);
    }
    if (article.youtubeId && YOUTUBE_ID.test(article.youtubeId)) {
      this.youtube = this.sanitizer.bypassSecurityTrustResourceUrl(`https://www.youtube-nocookie.com/embed/${article.youtubeId}`);
    }
  }
}
