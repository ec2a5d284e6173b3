import { Component, Input, OnInit } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { DomSanitizer, SafeHtml, SafeResourceUrl, SafeUrl, SafeStyle } from '@angular/platform-browser';
import { HttpClient } from '@angular/common/http';

interface Article { id: string; title: string; bodyHtml: string; videoId: string; authorSite: string; accent: string; }

@Component({
  selector: 'app-article-view',
  template: `
    <h1>{{ article?.title }}</h1>
    <div [innerHTML]="body"></div>
    <iframe [src]="video" width="560" height="315"></iframe>
    <a [href]="authorLink">author</a>
  `,
})
export class ArticleViewComponent implements OnInit {
  @Input() article?: Article;
  body?: SafeHtml;
  video?: SafeResourceUrl;
  authorLink?: SafeUrl;
  accent?: SafeStyle;
  logo: SafeHtml;

  constructor(private sanitizer: DomSanitizer, private route: ActivatedRoute, private http: HttpClient) {
    this.logo = this.sanitizer.bypassSecurityTrustHtml('<svg viewBox="0 0 10 10"><circle cx="5" cy="5" r="4"/></svg>');
  }

  ngOnInit(): void {
    const id = this.route.snapshot.paramMap.get('id');
    this.http.get<Article>(`/api/articles/${id}`).subscribe((a) => {
      this.article = a;
      // expect: xss
      this.body = this.sanitizer.bypassSecurityTrustHtml(a.bodyHtml);
      this.video = this.sanitizer.bypassSecurityTrustResourceUrl('https://www.youtube-nocookie.com/embed/' + encodeURIComponent(a.videoId));
      // expect: xss
      this.authorLink = this.sanitizer.bypassSecurityTrustUrl(a.authorSite);
      // expect: xss
      this.accent = this.sanitizer.bypassSecurityTrustStyle(a.accent);
    });
  }

  previewFromQuery(): void {
    const html = this.route.snapshot.queryParamMap.get('preview') || '';
    // expect: xss
    this.body = this.sanitizer.bypassSecurityTrustHtml(html);
  }

  embed(url: string): SafeResourceUrl {
    // expect: xss
    return this.sanitizer.bypassSecurityTrustResourceUrl(url);
  }
}
