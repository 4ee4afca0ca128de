// Escaping for the three places article text goes in slides.md. Article text is untrusted:
// it must render as itself, never as Markdown, HTML, Vue or Slidev syntax.

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\'': '&#39;',
  '{': '&#123;',
  '}': '&#125;',
  '$': '&#36;',
  '`': '&#96;',
  '\\': '&#92;',
}

/**
 * Text inside an HTML element or a quoted attribute. Braces are escaped so Vue never sees `{{`,
 * and the result has no line breaks, so it cannot end a Markdown HTML block or start a slide.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'{}$`\\]/g, c => HTML_ENTITIES[c]).replace(/\s*\n\s*/g, ' ')
}

/**
 * Text that Slidev itself renders as Markdown inside a Vue template: slide titles (the title
 * renderer of the Goto dialog and the table of contents) and the deck's `info`. Markdown, HTML and
 * Slidev syntax become numeric entities. Braces cannot: Markdown turns `&#123;` back into `{`
 * before Vue compiles the result, so each brace goes in its own `v-pre` span, which Vue leaves alone.
 */
export function escapeMarkdownInline(text: string): string {
  return text
    .replace(/[&<>"'$`\\*_[\]~|#]/g, c => `&#${c.codePointAt(0)};`)
    // Slidev ends a slide's front matter at the first "---", even inside a value.
    .replace(/-(?=-)|(?<=-)-/g, '&#45;')
    .replace(/[{}]/g, c => `<span v-pre>${c}</span>`)
    .replace(/\s*\n\s*/g, ' ')
}

/**
 * A value for a Vue bound prop in a single-quoted attribute (`:events='…'`). JSON is a plain JS
 * literal, so nothing in it runs. Inside its strings, every character that HTML, Markdown or Vue
 * could read (< > & ' { } $ and line separators) is written as a \\u escape, so the attribute
 * holds nothing but JSON punctuation, letters and digits.
 */
export function escapeJsonProp(value: unknown): string {
  return JSON.stringify(value).replace(/"(?:[^"\\]|\\.)*"/g, literal =>
    literal.replace(/[<>&'{}$`\u2028\u2029]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`))
}

/**
 * Text in presenter notes. Slidev renders notes as Markdown with HTML enabled and turns `[click]`
 * into click markers, so HTML is escaped as entities and Markdown punctuation with backslashes.
 */
export function escapeNote(text: string): string {
  return text
    .split('\n')
    .map(line => line
      .trim()
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/[\\`*_[\]{}|~$^]/g, c => `\\${c}`)
      // A line must not start a heading, list, quote, rule, table or setext underline.
      .replace(/^([#+=-])/, '\\$1')
      .replace(/^(\d+)([.)])/, '$1\\$2'))
    .join('\n')
}
