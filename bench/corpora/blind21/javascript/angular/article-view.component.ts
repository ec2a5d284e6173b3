// angular: an article page that renders CMS HTML, a comment preview and an embedded map
import { AfterViewInit, Component, ElementRef, Input, OnInit, Renderer2, ViewChild } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { DomSanitizer, SafeHtml, SafeResourceUrl } from '@angular/platform-browser';
import DOMPurify from 'dompurify';
import { ArticleService, Article } from './article.service';

@Component({
  selector: 'app-article-view',
  template: `
    <h1>{{ article?.title }}</h1>
    <div class="lead" [innerHTML]="article?.summary"></div>
    <div class="body" [innerHTML]="bodyHtml"></div>
    <iframe *ngIf="mapUrl" [src]="mapUrl" width="600" height="400"></iframe>
    <div #preview class="preview"></div>
    <div #byline></div>
  `,
})
export class ArticleViewComponent implements OnInit, AfterViewInit {
  @Input() commentDraft = '';
  @ViewChild('preview') preview!: ElementRef<HTMLDivElement>;
  @ViewChild('byline') byline!: ElementRef<HTMLDivElement>;

  article?: Article;
  bodyHtml: SafeHtml = '';
  mapUrl?: SafeResourceUrl;

  constructor(
    private route: ActivatedRoute,
    private articles: ArticleService,
    private sanitizer: DomSanitizer,
    private renderer: Renderer2,
  ) {}

  ngOnInit(): void {
    const slug = this.route.snapshot.paramMap.get('slug') ?? '';
    this.articles.get(slug).subscribe((a) => {
      this.article = a;
      // expect: xss
      this.bodyHtml = this.sanitizer.bypassSecurityTrustHtml(a.bodyHtml);
    });

    const place = this.route.snapshot.queryParamMap.get('map');
    if (place) {
      // expect: xss
      this.mapUrl = this.sanitizer.bypassSecurityTrustResourceUrl(place);
    }
  }

  ngAfterViewInit(): void {
    // expect: xss
    this.preview.nativeElement.innerHTML = this.commentDraft;
    this.byline.nativeElement.textContent = `by ${this.article?.author ?? 'staff'}`;
  }

  updatePreview(draft: string): void {
    this.preview.nativeElement.innerHTML = DOMPurify.sanitize(draft);
  }

  showAuthor(name: string): void {
    // expect: xss
    this.renderer.setProperty(this.byline.nativeElement, 'innerHTML', `<em>by ${name}</em>`);
  }

  clearPreview(): void {
    this.renderer.setProperty(this.preview.nativeElement, 'innerHTML', '');
  }

  setMap(lat: number, lng: number): void {
    const url = `https://www.google.com/maps/embed/v1/view?key=${environmentKey()}&center=${Number(lat)},${Number(lng)}`;
    this.mapUrl = this.sanitizer.bypassSecurityTrustResourceUrl(url);
  }
}

function environmentKey(): string {
  return (window as any).__env?.mapsKey ?? '';
}
