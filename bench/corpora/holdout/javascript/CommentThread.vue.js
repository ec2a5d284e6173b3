// Options-API component registered globally by the legacy admin bundle.
import axios from 'axios';
import sanitizeHtml from 'sanitize-html';

export default {
  name: 'CommentThread',
  props: { threadId: { type: String, required: true }, formula: { type: String, default: '' } },
  data() {
    return { comments: [], draft: '', error: null, tempId: Math.random().toString(36).slice(2) };
  },
  computed: {
    score() {
      if (!this.formula) return 0;
      // expect: code-injection
      return eval(this.formula.replace(/votes/g, String(this.comments.length)));
    },
  },
  async mounted() {
    const { data } = await axios.get(`/api/threads/${encodeURIComponent(this.threadId)}/comments`);
    this.comments = data;
    this.renderList();
  },
  methods: {
    renderList() {
      const list = this.$refs.list;
      list.innerHTML = '';
      for (const c of this.comments) {
        const li = document.createElement('li');
        li.textContent = c.author;
        const body = document.createElement('div');
        body.innerHTML = sanitizeHtml(c.html, { allowedTags: ['b', 'i', 'a', 'code'] });
        li.appendChild(body);
        list.appendChild(li);
      }
    },
    renderPreview() {
      // expect: xss
      this.$refs.preview.insertAdjacentHTML('beforeend', `<p class="draft">${this.draft}</p>`);
    },
    showError(err) {
      // expect: xss
      this.$el.querySelector('.error').innerHTML = err.response.data.message;
    },
    scheduleRefresh() {
      setTimeout(() => this.refresh(), 5000 + Math.random() * 1000);
    },
    legacyRefresh() {
      // expect: code-injection
      setTimeout('window.adminApp.refreshThread("' + this.threadId + '")', 5000);
    },
    refresh() {
      return this.$options.mounted[0].call(this);
    },
  },
};
