import { describe, expect, test } from 'vitest';
import { loadGraphText } from '../../../src/format/index';
import { parseJson } from '../../../src/format/json/parse';
import { orderedKeys } from '../../../src/format/json/key-order';
import { baseDoc, expectOne, positionOf, textOf } from './helpers';

const parse = (text: string) => parseJson(text, { maxDepth: 64 });

describe('syntax errors say where and what was expected', () => {
  const cases: { name: string; text: string; code: string; at: string; message: RegExp; from?: number }[] = [
    { name: 'trailing comma in an object', text: '{\n  "a": 1,\n}', code: 'json-trailing-comma', at: ',', message: /trailing comma before '}'/ },
    { name: 'trailing comma in an array', text: '[1, 2,\n]', code: 'json-trailing-comma', at: ',\n', message: /trailing comma before '\]'/ },
    { name: 'line comment', text: '{\n  "a": 1 // note\n}', code: 'json-comment', at: '//', message: /comments \(\/\/\) are not allowed/ },
    { name: 'block comment', text: '{ /* note */ "a": 1 }', code: 'json-comment', at: '/*', message: /comments \(\/\* \*\/\)/ },
    { name: 'NaN', text: '{"x": NaN}', code: 'json-invalid-literal', at: 'NaN', message: /NaN is not a JSON value/ },
    { name: 'Infinity', text: '{"x": Infinity}', code: 'json-invalid-literal', at: 'Infinity', message: /Infinity is not a JSON value/ },
    { name: '-Infinity', text: '{"x": -Infinity}', code: 'json-invalid-literal', at: '-Infinity', message: /-Infinity/ },
    { name: 'single-quoted string', text: "{\"x\": 'a'}", code: 'json-single-quote', at: "'a'", message: /double quotes/ },
    { name: 'single-quoted key', text: "{'x': 1}", code: 'json-single-quote', at: "'x'", message: /property names must be in double quotes/ },
    { name: 'unquoted key', text: '{x: 1}', code: 'json-unquoted-key', at: 'x', message: /write "x"/ },
    { name: 'unterminated string at end of file', text: '{"x": "abc', code: 'json-unterminated-string', at: '"abc', message: /never closed/ },
    { name: 'unterminated string at end of line', text: '{"x": "abc\n, "y": 1}', code: 'json-unterminated-string', at: '"abc', message: /not closed before the end of the line/ },
    { name: 'missing comma', text: '{"x": 1\n "y": 2}', code: 'json-syntax', at: '"y"', message: /expected ',' or '}' after the value of "x"/ },
    { name: 'missing colon', text: '{"x" 1}', code: 'json-syntax', at: '1', message: /expected ':' after the property name "x"/ },
    { name: 'object never closed', text: '{"x": 1', code: 'json-syntax', at: '', message: /found the end of the file/ },
    { name: 'leading zero', text: '[007]', code: 'json-invalid-number', at: '007', message: /leading zeros/ },
    { name: 'bad escape', text: '["a\\x"]', code: 'json-invalid-escape', at: '\\x', message: /"\\x" is not a JSON escape/ },
    { name: 'raw tab in a string', text: '["a\tb"]', code: 'json-control-character', at: '\t', message: /raw control character \(U\+0009\)/ },
    { name: 'text after the value', text: '{}\n{}', code: 'json-trailing-content', at: '{}', message: /after the end of the JSON value/, from: 1 },
    { name: 'True in capitals', text: '[True]', code: 'json-invalid-literal', at: 'True', message: /True is not a JSON value/ },
  ];
  for (const { name, text, code, at, message, from } of cases) {
    test(`${name} → ${code} with line and column`, () => {
      const result = loadGraphText(text);
      expect(result.ok).toBe(false);
      const expected = at === '' ? { line: text.split('\n').length, column: (text.split('\n').pop() as string).length + 1 } : positionOf(text, at, from ?? 0);
      const problem = expectOne(result, code, { severity: 'error', ...expected });
      expect(problem.message).toMatch(message);
    });
  }

  test('an empty or whitespace-only file says "the file is empty"', () => {
    for (const text of ['', '   \n\t ', '\ufeff']) {
      const result = loadGraphText(text);
      expect(result.ok).toBe(false);
      expectOne(result, 'empty-file', { severity: 'error', pointer: '', message: 'the file is empty' });
    }
  });

  test('an HTML page is recognised as such', () => {
    const result = loadGraphText('\n<!DOCTYPE html><html><body>Not found</body></html>');
    expectOne(result, 'html-not-json', { severity: 'error', line: 2, column: 1, message: 'this looks like an HTML page, not JSON — is the URL right?' });
  });

  test('one leading BOM is tolerated, a second one is not', () => {
    expect(loadGraphText(`\ufeff${textOf(baseDoc())}`).ok).toBe(true);
    const twice = loadGraphText(`\ufeff\ufeff${textOf(baseDoc())}`);
    expect(twice.ok).toBe(false);
    expect(twice.problems[0]?.code).toBe('json-syntax');
  });

  test('a syntax error names the pointer of the value being read', () => {
    const result = loadGraphText('{"nodes": [{"id": "a"}, {"id": NaN}]}');
    expectOne(result, 'json-invalid-literal', { pointer: '/nodes/1/id' });
  });
});

describe('duplicate keys', () => {
  test('are an error at the second key, and the first value is kept for the other rules', () => {
    const text = '{\n  "a": 1,\n  "b": 2,\n  "a": 3\n}';
    const parsed = parse(text);
    expect(parsed.fatal).toBe(false);
    expect(parsed.value).toEqual({ a: 1, b: 2 });
    expect(parsed.issues).toHaveLength(1);
    expect(parsed.issues[0]).toMatchObject({ code: 'duplicate-key', pointer: '/a', offset: text.lastIndexOf('"a"') });
  });

  test('in a graph file are located by line and column', () => {
    const doc = baseDoc();
    const text = textOf(doc).replace('"id": "iran",', '"id": "iran",\n      "type": "person",');
    const result = loadGraphText(text);
    expect(result.ok).toBe(false);
    expectOne(result, 'duplicate-key', { severity: 'error', pointer: '/nodes/1/type', ...positionOf(text, '"type": "country"', text.indexOf('"type": "person",\n      "type"') ) });
  });

  test('a duplicated container value does not shift the locations of what follows', () => {
    const text = '{"a": {"x": [1, 2]}, "a": {"y": [3, {"z": 4}]}, "b": [5, "six"]}';
    const parsed = parse(text);
    expect(parsed.locations.offsetOf('/b/1')).toBe(text.indexOf('"six"'));
    expect(parsed.locations.offsetOf('/a/x/1')).toBe(text.indexOf('2'));
  });
});

describe('strings', () => {
  test('a lone surrogate escape is an error (lone-surrogate), a pair is fine', () => {
    const text = '["ok", "a\\ud800b"]';
    const lone = parse(text);
    expect(lone.issues.map((issue) => issue.code)).toEqual(['lone-surrogate']);
    expect(lone.issues[0]).toMatchObject({ pointer: '/1', offset: text.indexOf('\\ud800') });
    const lowAlone = parse('["\\udc00"]');
    expect(lowAlone.issues.map((issue) => issue.code)).toEqual(['lone-surrogate']);
    const pair = parse('["\\ud83d\\ude00"]');
    expect(pair.issues).toEqual([]);
    expect(pair.value).toEqual(['😀']);
  });

  test('a raw lone surrogate in the text is an error too', () => {
    const result = parse('{"k": "x\ud800"}');
    expect(result.issues.map((issue) => issue.code)).toEqual(['lone-surrogate']);
    expect(result.issues[0]?.offset).toBe(8);
  });

  test('in a graph file a lone surrogate is located', () => {
    const text = textOf(baseDoc()).replace('"label": "مسؤول"', '"label": "مسؤول\\udfff"');
    expectOne(loadGraphText(text), 'lone-surrogate', { severity: 'error', pointer: '/nodes/2/label', ...positionOf(text, '\\udfff') });
  });

  test('escapes decode as JSON.parse decodes them', () => {
    const text = '["\\"\\\\\\/\\b\\f\\n\\r\\t\\u0041\\u00e9", "plain عربي"]';
    expect(parse(text).value).toEqual(JSON.parse(text));
  });
});

describe('numbers', () => {
  test('parse as JSON.parse parses them', () => {
    const text = '[0, -0, 1.5, -2e3, 4E-2, 123456789012345678901234567890, 0.1]';
    expect(parse(text).value).toEqual(JSON.parse(text));
  });

  test('a number too large for a double is reported as non-finite', () => {
    const result = parse('{"x": 1e999}');
    expect(result.issues).toMatchObject([{ code: 'non-finite-number', pointer: '/x', offset: 6 }]);
  });
});

describe('locations', () => {
  test('every value and key has a pointer → line/column (columns in UTF-16 code units)', () => {
    const text = '{\n  "a": {"b": [10, {"c": "😀x"}]},\r\n  "d": "مصر", "e": null\n}';
    const { locations } = parse(text);
    expect(locations.positionOf('')).toEqual({ line: 1, column: 1 });
    expect(locations.positionOf('/a')).toEqual(positionOf(text, '{"b"'));
    expect(locations.positionOf('/a', 'key')).toEqual(positionOf(text, '"a"'));
    expect(locations.positionOf('/a/b/0')).toEqual(positionOf(text, '10'));
    expect(locations.positionOf('/a/b/1/c')).toEqual(positionOf(text, '"😀x"'));
    expect(locations.positionOf('/d')).toEqual({ line: 3, column: 8 });
    expect(locations.positionOf('/e')).toEqual({ line: 3, column: 20 });
  });

  test('a pointer to a missing member resolves to its nearest existing ancestor', () => {
    const text = '{"nodes": [{"id": "a"}]}';
    const { locations } = parse(text);
    expect(locations.offsetOf('/nodes/0/label')).toBe(text.indexOf('{"id"'));
    expect(locations.offsetOf('/nodes/5')).toBe(text.indexOf('['));
  });

  test('pointer tokens are unescaped (~0 is ~, ~1 is /)', () => {
    const text = '{"a/b": {"c~d": 1}}';
    expect(parse(text).locations.offsetOf('/a~1b/c~0d')).toBe(text.indexOf('1'));
  });
});

describe('key order', () => {
  test('integer-like keys keep their place in the original order', () => {
    const { value } = parse('{"b": 1, "10": 2, "2": 3, "a": 4}');
    expect(Object.keys(value as object)).toEqual(['2', '10', 'b', 'a']); // what JS itself does
    expect(orderedKeys(value as object)).toEqual(['b', '10', '2', 'a']);
  });

  test('objects whose order JS keeps carry no extra record', () => {
    const { value } = parse('{"2": 1, "10": 2, "b": 3}');
    expect(Object.getOwnPropertySymbols(value as object)).toEqual([]);
  });
});

describe('line breaks', () => {
  test('\\n, \\r\\n and a lone \\r each end a line', () => {
    for (const [text, expected] of [
      ['[\n1,\n2]', { line: 3, column: 1 }],
      ['[\r\n1,\r\n2]', { line: 3, column: 1 }],
      ['[\r1,\r2]', { line: 3, column: 1 }],
      ['[\r\n1,\r2,\n3]', { line: 3, column: 1 }],
    ] as const) {
      expect(parse(text).locations.positionOf('/1')).toEqual(expected);
    }
  });
});
