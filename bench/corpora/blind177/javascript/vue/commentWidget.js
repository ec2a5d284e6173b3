// Comment thread widget embedded on article pages (Vue 2 with the runtime compiler).
import Vue from 'vue';
import DOMPurify from 'dompurify';
import { marked } from 'marked';

Vue.component('comment-item', {
  props: ['comment'],
  computed: {
    renderedBody() {
      return DOMPurify.sanitize(marked.parse(this.comment.markdown || ''));
    },
  },
  template: [
    '<li class="comment">',
    '  <header>',
    '    <strong>{{ comment.author.displayName }}</strong>',
    '    <time :datetime="comment.createdAt">{{ comment.createdAtLabel }}</time>',
    '  </header>',
    '  <div class="comment-body" v-html="renderedBody"></div>',
    '  <p v-if="comment.edited" class="muted" v-text="\'edited\'"></p>',
    '</li>',
  ].join('\n'),
});

Vue.component('comment-author-card', {
  props: ['author'],
  template: [
    '<aside class="author-card">',
    '  <img :src="author.avatarUrl" alt="">',
    '  <h4>{{ author.displayName }}</h4>',
    // Authors may put HTML in their signature; it is stored as typed.
    // expect: xss
    '  <div class="signature" v-html="author.signatureHtml"></div>',
    '</aside>',
  ].join('\n'),
});

Vue.component('moderation-banner', {
  props: ['reason'],
  data() {
    return {
      icons: {
        spam: '<svg viewBox="0 0 16 16" aria-hidden="true"><circle cx="8" cy="8" r="7"/></svg>',
        offtopic: '<svg viewBox="0 0 16 16" aria-hidden="true"><rect width="14" height="14" x="1" y="1"/></svg>',
      },
    };
  },
  template: [
    '<div class="moderation-banner">',
    '  <span class="icon" v-html="icons[reason] || \'\'"></span>',
    '  <span>This comment was hidden by a moderator.</span>',
    '</div>',
  ].join('\n'),
});

Vue.component('comment-preview', {
  props: ['draft'],
  template: [
    '<section class="preview">',
    '  <h5>Preview</h5>',
    // expect: xss
    '  <div class="preview-body" v-html="draft.markdown.replace(/\\n/g, \'<br>\')"></div>',
    '</section>',
  ].join('\n'),
});

export function mountComments(el, articleId) {
  return new Vue({
    el,
    data: { comments: [], draft: { markdown: '' } },
    async created() {
      const res = await fetch(`/api/articles/${encodeURIComponent(articleId)}/comments`);
      this.comments = await res.json();
    },
  });
}
