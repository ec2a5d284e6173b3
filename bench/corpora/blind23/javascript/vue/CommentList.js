// vue: comment list component of the forum (Vue 3, options API)
import { defineComponent, h } from 'vue';
import DOMPurify from 'dompurify';
import { marked } from 'marked';

export const CommentBody = defineComponent({
  props: { comment: { type: Object, required: true } },
  // expect: xss
  template: '<div class="body" v-html="comment.html"></div>',
});

export const CommentBodySafe = defineComponent({
  props: { comment: { type: Object, required: true } },
  computed: {
    clean() {
      return DOMPurify.sanitize(this.comment.html);
    },
  },
  template: '<div class="body" v-html="clean"></div>',
});

export const CommentTitle = defineComponent({
  props: { comment: { type: Object, required: true } },
  template: '<h3>{{ comment.title }}</h3>',
});

export const CommentMarkdown = defineComponent({
  props: { source: { type: String, default: '' } },
  render() {
    // expect: xss
    return h('div', { innerHTML: marked.parse(this.source) });
  },
});

export const CommentMarkdownSafe = defineComponent({
  props: { source: { type: String, default: '' } },
  render() {
    return h('div', { innerHTML: DOMPurify.sanitize(marked.parse(this.source)) });
  },
});

export const AuthorLink = defineComponent({
  props: { author: { type: Object, required: true } },
  render() {
    // expect: xss
    return h('a', { href: this.author.website }, this.author.name);
  },
});

export const ProfileLink = defineComponent({
  props: { author: { type: Object, required: true } },
  render() {
    return h('a', { href: `/users/${encodeURIComponent(this.author.id)}` }, this.author.name);
  },
});
