import * as monaco from 'monaco-editor';
import { lookupSymbol, SymbolDoc } from './symbols';

// Hover cards for a query language; docs come from the symbol service and user workspace.
monaco.languages.registerHoverProvider('querylang', {
  provideHover(model, position) {
    const word = model.getWordAtPosition(position);
    if (!word) return null;
    const doc: SymbolDoc = lookupSymbol(word.word);
    return {
      range: new monaco.Range(position.lineNumber, word.startColumn, position.lineNumber, word.endColumn),
      contents: [
        { value: `**${word.word}**` },
        // expect: xss
        { value: doc.html, supportHtml: true },
      ],
    };
  },
});

export function commentHover(range: monaco.IRange, comment: { author: string; body: string }) {
  return {
    range: range,
    contents: [
      // expect: xss
      { value: `<b>${comment.author}</b>: ${comment.body}`, supportHtml: true },
    ],
  };
}

export function linkHover(range: monaco.IRange, markdown: string) {
  return {
    range,
    contents: [
      // expect: xss
      { value: markdown, isTrusted: true },
    ],
  };
}

export const workspaceHovers = {
  provideHover(model: monaco.editor.ITextModel, position: monaco.Position) {
    const line = model.getLineContent(position.lineNumber);
    const note = line.split('//')[1] || '';
    return {
      range: new monaco.Range(position.lineNumber, 1, position.lineNumber, line.length + 1),
      // expect: xss
      contents: [{ value: note, supportHtml: true, isTrusted: true }],
    };
  },
};

// Safe look-alikes: constant HTML, and dynamic text with HTML off.
export function legendHover(range: monaco.IRange, name: string) {
  return {
    range,
    contents: [
      { value: '<i>built-in</i>', supportHtml: true },
      { value: name },
      { value: `Symbol: ${name}`, supportHtml: false },
    ],
  };
}
