import { describe, expect, it } from 'vitest';
import { loadFailureMessage } from '../../../src/i18n/load-messages';
import type { FetchFailureKind } from '../../../src/io/fetch-graph';

const KINDS: FetchFailureKind[] = ['not-found', 'http-error', 'timed-out', 'network', 'too-large', 'cut-off', 'not-json'];

describe('loadFailureMessage', () => {
  it.each(KINDS)('puts %s into words in English and Arabic, never the raw kind', (kind) => {
    const failure = { kind, url: 'https://example.org/g.json', status: 404, limit: 60_000_000, size: 741_000_000, timeoutMs: 30_000 };
    for (const lang of ['en', 'ar']) {
      const m = loadFailureMessage(failure, lang);
      expect(m.summary.length).toBeGreaterThan(20);
      expect(m.summary).not.toContain(kind);
    }
    expect(loadFailureMessage(failure, 'ar').summary).toMatch(/[\u0600-\u06FF]/);
  });

  it('names what the other site must send for CORS when the browser only says the request failed', () => {
    const m = loadFailureMessage({ kind: 'network', url: 'https://other.example/g.json' }, 'en');
    expect(m.causes.join(' ')).toContain('Access-Control-Allow-Origin');
    expect(m.causes.join(' ')).toMatch(/offline/);
  });

  it('gives sizes in megabytes and the timeout in seconds', () => {
    expect(loadFailureMessage({ kind: 'too-large', url: 'u', size: 741_000_000, limit: 60_000_000 }, 'en').summary).toContain('706.7 MB');
    expect(loadFailureMessage({ kind: 'timed-out', url: 'u', timeoutMs: 30_000 }, 'en').summary).toContain('30 seconds');
    expect(loadFailureMessage({ kind: 'timed-out', url: 'u', timeoutMs: 30_000 }, 'ar').summary).toContain('٣٠');
  });
});
