import * as monaco from 'monaco-editor';
import { fetchColumnDoc, fetchIssue, fetchReviewComments, Issue } from './api';

const RENDERER_COLORS: Record<string, string> = { keyword: '#0000ff', string: '#a31515' };

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, (c) => '\\' + c);
}

// Column documentation comes from the warehouse catalog, where any analyst can
// edit the description (stored as HTML by the catalog's rich-text editor).
monaco.languages.registerHoverProvider('sql', {
  async provideHover(model, position) {
    const word = model.getWordAtPosition(position);
    if (!word) {
      return null;
    }
    const doc = await fetchColumnDoc(word.word);
    return {
      range: new monaco.Range(position.lineNumber, word.startColumn, position.lineNumber, word.endColumn),
      contents: [
        { value: `**${word.word}** \`${doc.type}\`` },
        // expect: xss
        { value: doc.descriptionHtml, supportHtml: true },
      ],
    };
  },
});

// Issue keys such as PROJ-123 in commit messages get a hover with a link
// that runs an editor command.
monaco.languages.registerHoverProvider('git-commit', {
  provideHover: async (model, position) => {
    const word = model.getWordAtPosition(position);
    if (!word || !/^[A-Z]+-\d+$/.test(word.word)) {
      return undefined;
    }
    const issue: Issue = await fetchIssue(word.word);
    const args = encodeURIComponent(JSON.stringify([issue.key]));
    const link = `[${issue.title}](command:tracker.openIssue?${args})`;
    return {
      range: new monaco.Range(position.lineNumber, word.startColumn, position.lineNumber, word.endColumn),
      // expect: xss
      contents: [{ value: link, isTrusted: true }],
    };
  },
});

export class ReviewCommentHover implements monaco.languages.HoverProvider {
  constructor(private readonly reviewId: string) {}

  async provideHover(model: monaco.editor.ITextModel, position: monaco.Position) {
    const comments = await fetchReviewComments(this.reviewId, position.lineNumber);
    if (comments.length === 0) {
      return null;
    }
    const first = comments[0];
    return {
      range: new monaco.Range(position.lineNumber, 1, position.lineNumber, model.getLineMaxColumn(position.lineNumber)),
      contents: [
        { value: `**${escapeMarkdown(first.author)}** commented` },
        // expect: xss
        { value: first.body, supportHtml: true, isTrusted: true },
      ],
    };
  }
}

// Line previews show the hovered line (templates are shared between users) in the theme color.
monaco.languages.registerHoverProvider('template-lang', {
  provideHover(model, position) {
    const word = model.getWordAtPosition(position);
    if (!word) {
      return null;
    }
    const color = RENDERER_COLORS[model.getLanguageId()] || '#333333';
    const line = model.getLineContent(position.lineNumber).trim();
    const preview = '<span style="color:' + color + ';">' + line + '</span>';
    return {
      range: new monaco.Range(position.lineNumber, word.startColumn, position.lineNumber, word.endColumn),
      // expect: xss
      contents: [{ value: preview, supportHtml: true }],
    };
  },
});

// Plain markdown: monaco renders no raw HTML unless supportHtml is set.
monaco.languages.registerHoverProvider('yaml', {
  async provideHover(model, position) {
    const word = model.getWordAtPosition(position);
    if (!word) {
      return null;
    }
    const doc = await fetchColumnDoc(word.word);
    return {
      range: new monaco.Range(position.lineNumber, word.startColumn, position.lineNumber, word.endColumn),
      contents: [
        { value: escapeMarkdown(doc.summary) },
        { value: '```yaml\n' + doc.example + '\n```' },
      ],
    };
  },
});

// A fixed help text, written by us.
monaco.languages.registerHoverProvider('shell', {
  provideHover(model, position) {
    return {
      range: new monaco.Range(position.lineNumber, 1, position.lineNumber, 1),
      contents: [{ value: 'Press <kbd>F1</kbd> for the command palette', supportHtml: true }],
    };
  },
});
