// The production builds' CSS minifier (src/dev/minify-css.ts) and the plugin step that applies it
// to Lit `css` templates (src/dev/css-templates-plugin.ts). That the minified CSS means the same to
// a browser is checked in Chromium by tests/browser/css-minify.test.ts.
import { describe, expect, test } from 'vitest';
import { cssTemplates, minifyCssTemplates } from '../../../src/dev/css-templates-plugin';
import { minifyCssPieces, templateSource, UnminifiableCss } from '../../../src/dev/minify-css';

const minify = (css: string): string => minifyCssPieces([css])[0] as string;

describe('minifyCssPieces', () => {
  test('drops comments and the whitespace around braces and semicolons and after colons', () => {
    expect(minify('\n  /* why */\n  :host {\n    display: block;\n    font: 1rem a,  b;\n  }\n')).toBe(':host{display:block;font:1rem a, b}');
  });

  test('keeps one space wherever a space can mean something', () => {
    expect(minify(':host   :focus-visible { }')).toBe(':host :focus-visible{}');
    expect(minify('.a\n  .b > .c { width: calc(1px  +  2px) !important; }')).toBe('.a .b > .c{width:calc(1px + 2px) !important}');
    expect(minify('@media screen and (min-width: 40rem) { a { b: c } }')).toBe('@media screen and (min-width:40rem){a{b:c}}');
    expect(minify('a { b: var(--x, gray) , red; }')).toBe('a{b:var(--x, gray) , red}');
  });

  test('leaves quoted strings as they are, escapes included', () => {
    expect(minify(`a::before { content: '  /* x */ ;}  '; }`)).toBe(`a::before{content:'  /* x */ ;}  '}`);
    expect(minify(`a { content: "say \\"  hi\\"  " ; }`)).toBe(`a{content:"say \\"  hi\\"  "}`);
  });

  test('keeps a space next to a value (the pieces around ${…}) unless a brace or the like is there, trims the template ends', () => {
    expect(minifyCssPieces(['\n  :host {\n    ', '\n    display: block;\n  }\n  @container kg (max-width: ', 'px) {\n  }\n'])).toEqual([
      ':host{',
      ' display:block}@container kg (max-width:',
      'px){}',
    ]);
    expect(minifyCssPieces(['a {', '   ', '}'])).toEqual(['a{', ' ', '}']);
  });

  test('an unclosed comment is refused, not guessed at', () => {
    expect(() => minify('a { b: c } /* open')).toThrow(UnminifiableCss);
  });
});

describe('minifyCssTemplates', () => {
  test('minifies css templates only, and every line of code keeps its number', () => {
    const code = [
      "import { css, html } from 'lit';",
      'export const styles = css`',
      '  :host {',
      '    display: block;',
      '  }`;',
      'const view = html`<p>  keep   me  </p>`;',
      'const other = tag`a  {  }`;',
      'export const answer = 42;',
    ].join('\n');
    const out = minifyCssTemplates(code) as string;
    expect(out.split('\n')).toHaveLength(code.split('\n').length);
    expect(out.split('\n')[7]).toBe('export const answer = 42;');
    expect(out).toContain('css`:host{display:block}`');
    expect(out).toContain('html`<p>  keep   me  </p>`');
    expect(out).toContain('tag`a  {  }`');
  });

  test('reads values, nested templates and escapes as the compiler does', () => {
    const code = 'const a = css`\n  .x { ${css`b  { c: d }`} }\n  .y::after { content: "\\\\2014  \\`" }\n  .z { w: ${n}px }`;';
    const out = minifyCssTemplates(code) as string;
    expect(cssTemplates(out).map((parts) => parts.map((p) => p.cooked))).toEqual([
      ['.x{', ' }.y::after{content:"\\2014  `"}.z{w:', 'px}'],
      ['b{c:d}'],
    ]);
  });

  test('leaves a template with an invalid escape, or one it cannot read, as it is', () => {
    expect(minifyCssTemplates('const a = css`a  {  b: \\1 }`;')).toBeUndefined();
    expect(minifyCssTemplates('const a = css`a  {  b: c } /* open`;')).toBeUndefined();
    expect(minifyCssTemplates('const a = 1;')).toBeUndefined();
  });

  test('templateSource writes cooked text back so it cooks to the same text', () => {
    const cooked = 'a\\b`c${d}$e';
    expect(cssTemplates(`css\`${templateSource(cooked)}\``)[0]?.[0]?.cooked).toBe(cooked);
  });
});
