import { describe, expect, it } from 'vitest';
import { KnowledgeGraph } from '../../../src/model/knowledge-graph';
import { MATCH_SCORE, matchScore, normalizeForSearch, SearchIndex } from '../../../src/model/search';
import { graph, node } from './graph-builder';

describe('normalizeForSearch', () => {
  it('normalizeForSearch(text) unifies alef with hamza above, hamza below, madda and wasla to bare alef', () => {
    expect(normalizeForSearch('أحمد')).toBe('احمد');
    expect(normalizeForSearch('إيران')).toBe('ايران');
    expect(normalizeForSearch('آسيا')).toBe('اسيا');
    expect(normalizeForSearch('ٱلله')).toBe('الله');
  });

  it('normalizeForSearch(text) turns teh marbuta into heh', () => {
    expect(normalizeForSearch('مدينة')).toBe('مدينه');
  });

  it('normalizeForSearch(text) turns alef maksura into yeh', () => {
    expect(normalizeForSearch('موسى')).toBe('موسي');
  });

  it('normalizeForSearch(text) turns waw with hamza into waw', () => {
    expect(normalizeForSearch('مؤتمر')).toBe('موتمر');
  });

  it('normalizeForSearch(text) turns yeh with hamza into yeh', () => {
    expect(normalizeForSearch('رئيس')).toBe('رييس');
  });

  it('normalizeForSearch(text) also folds the Persian yeh and keheh into their Arabic forms', () => {
    expect(normalizeForSearch('ایران')).toBe('ايران');
    expect(normalizeForSearch('کرمان')).toBe('كرمان');
  });

  it('normalizeForSearch(text) removes harakat, tanwin, shadda, sukun and superscript alef', () => {
    expect(normalizeForSearch('الهِنْد')).toBe('الهند');
    expect(normalizeForSearch('مُحَمَّدٌ')).toBe('محمد');
    expect(normalizeForSearch('كِتَابًا')).toBe('كتابا');
    expect(normalizeForSearch('هٰذا')).toBe('هذا');
  });

  it('normalizeForSearch(text) removes Quranic annotation marks', () => {
    expect(normalizeForSearch('ذَٰلِكَ ٱلْكِتَٰبُ لَا رَيْبَ ۛ فِيهِ ۛ')).toBe('ذلك الكتب لا ريب فيه');
  });

  it('normalizeForSearch(text) removes tatweel', () => {
    expect(normalizeForSearch('روســـيا')).toBe('روسيا');
  });

  it('normalizeForSearch(text) turns Arabic-Indic and Persian digits into ASCII digits', () => {
    expect(normalizeForSearch('٢٠٢٤')).toBe('2024');
    expect(normalizeForSearch('۱۴۰۳')).toBe('1403');
  });

  it('normalizeForSearch(text) folds case and Latin accents', () => {
    expect(normalizeForSearch('RUSSIA')).toBe('russia');
    expect(normalizeForSearch('Rússia')).toBe('russia');
    expect(normalizeForSearch('Téhéran Çà')).toBe('teheran ca');
    expect(normalizeForSearch('İstanbul')).toBe('istanbul');
  });

  it('normalizeForSearch(text) folds compatibility forms such as Arabic presentation forms and full-width letters', () => {
    expect(normalizeForSearch('ﻻ')).toBe('لا');
    expect(normalizeForSearch('ＡＢＣ１')).toBe('abc1');
  });

  it('normalizeForSearch(text) drops zero-width and bidi control characters', () => {
    expect(normalizeForSearch('Rus\u200bsia')).toBe('russia');
    expect(normalizeForSearch('\u2067إيران\u2069')).toBe('ايران');
    expect(normalizeForSearch('\u200fروسيا\u200e\ufeff')).toBe('روسيا');
  });

  it('normalizeForSearch(text) collapses white space and trims', () => {
    expect(normalizeForSearch('  Russia \t and\n\nIran  ')).toBe('russia and iran');
    expect(normalizeForSearch('روسيا\u00a0 و  إيران')).toBe('روسيا و ايران');
    expect(normalizeForSearch('   ')).toBe('');
  });

  it('normalizeForSearch(text) keeps mixed Arabic and Latin text in order', () => {
    expect(normalizeForSearch('تقنية البلوكشين Blockchain')).toBe('تقنيه البلوكشين blockchain');
  });
});

describe('matchScore', () => {
  it('matchScore(text, query) ranks exact > prefix > word prefix > substring > all words', () => {
    expect(matchScore('iran', 'iran')).toBe(MATCH_SCORE.exact);
    expect(matchScore('iranian', 'iran')).toBe(MATCH_SCORE.prefix);
    expect(matchScore('islamic republic of iran', 'iran')).toBe(MATCH_SCORE.wordPrefix);
    expect(matchScore('tehran-iran', 'iran')).toBe(MATCH_SCORE.wordPrefix);
    expect(matchScore('uniranged', 'iran')).toBe(MATCH_SCORE.substring);
    expect(matchScore('russia and iran', 'iran russia')).toBe(MATCH_SCORE.allWords);
    expect(matchScore('russia', 'iran')).toBe(0);
    expect(MATCH_SCORE.exact > MATCH_SCORE.prefix && MATCH_SCORE.prefix > MATCH_SCORE.wordPrefix).toBe(true);
    expect(MATCH_SCORE.wordPrefix > MATCH_SCORE.substring && MATCH_SCORE.substring > MATCH_SCORE.allWords).toBe(true);
  });

  it('matchScore(text, query) treats a word after the Arabic article ال as a word start', () => {
    expect(matchScore('الهند', 'هند')).toBe(MATCH_SCORE.wordPrefix);
    expect(matchScore('جمهوريه الهند', 'هند')).toBe(MATCH_SCORE.wordPrefix);
    expect(matchScore('مهند', 'هند')).toBe(MATCH_SCORE.substring);
  });
});

function countries() {
  return KnowledgeGraph.from(
    graph({
      languages: ['ar', 'en'],
      nodes: [
        node('iran', 'country', { label: { ar: 'إيران', en: 'Iran' }, aliases: [{ en: 'Islamic Republic of Iran', ar: 'الجمهورية الإسلامية' }] }),
        node('russia', 'country', { label: { ar: 'روسيا', en: 'Russia' }, aliases: [{ en: 'Russian Federation' }, 'موسكو'] }),
        node('india', 'country', { label: { ar: 'الهِنْد', en: 'India' } }),
        node('iranian-bank', 'org', { label: { en: 'Iranian central bank', ar: 'البنك المركزي الإيراني' } }),
        node('uniranged', 'thing', { label: 'Uniranged' }),
        node('blank', 'thing', { label: { en: ' ', ar: '\u200b' } }),
        node('mixed', 'topic', { label: { ar: 'تقنية البلوكشين (Blockchain)', en: 'Blockchain technology' } }),
      ],
    }),
  );
}

describe('SearchIndex', () => {
  it('index.search(query) finds إيران when typed without hamza, and الهِنْد without harakat', () => {
    const index = SearchIndex.build(countries());
    expect(index.search('ايران')[0]).toMatchObject({ id: 'iran', text: 'إيران', lang: 'ar', field: 'label', score: MATCH_SCORE.exact });
    expect(index.search('الهند')[0]).toMatchObject({ id: 'india', text: 'الهِنْد', score: MATCH_SCORE.exact });
    expect(index.search('هند')[0]?.id).toBe('india');
  });

  it('index.search(query) ignores case and Latin accents', () => {
    const index = SearchIndex.build(countries());
    expect(index.search('RUSSIA')[0]).toMatchObject({ id: 'russia', text: 'Russia', lang: 'en', score: MATCH_SCORE.exact });
    expect(index.search('Rússia')[0]?.id).toBe('russia');
  });

  it('index.search(query) ranks exact, then prefix, then word prefix, then substring matches', () => {
    const index = SearchIndex.build(countries());
    expect(index.search('iran').map((h) => [h.id, h.score])).toEqual([
      ['iran', MATCH_SCORE.exact],
      ['iranian-bank', MATCH_SCORE.prefix],
      ['uniranged', MATCH_SCORE.substring],
    ]);
  });

  it('index.search(query) returns one hit per node, its best-matching label or alias', () => {
    const index = SearchIndex.build(countries());
    const hits = index.search('russia');
    expect(hits.filter((h) => h.id === 'russia')).toHaveLength(1);
    expect(hits[0]).toMatchObject({ id: 'russia', field: 'label', text: 'Russia' });
    expect(index.search('federation')[0]).toMatchObject({ id: 'russia', field: 'alias', text: 'Russian Federation', score: MATCH_SCORE.wordPrefix });
    expect(index.search('موسكو')[0]).toMatchObject({ id: 'russia', field: 'alias', lang: 'ar' });
  });

  it('index.search(query) puts the shorter text first among equal matches, then document order', () => {
    const kg = KnowledgeGraph.from(
      graph({
        nodes: [
          node('long', 'x', { label: 'Bank of Tehran' }),
          node('short', 'x', { label: 'Bank Melli' }),
          node('same-length-later', 'x', { label: 'Bank Mellat' }),
          node('same-length-earlier', 'x', { label: 'Bank Sepah' }),
        ],
      }),
    );
    expect(SearchIndex.build(kg).search('bank').map((h) => h.id)).toEqual(['short', 'same-length-earlier', 'same-length-later', 'long']);
  });

  it('index.search(query, {lang}) reports the reader’s language when several match equally', () => {
    const kg = KnowledgeGraph.from(graph({ nodes: [node('x', 'x', { label: { en: 'Tehran', ar: 'طهران' }, aliases: [{ en: 'TEHRAN', ar: 'Tehran' }] })] }));
    const index = SearchIndex.build(kg);
    expect(index.search('tehran', { lang: 'ar' })[0]).toMatchObject({ lang: 'ar', field: 'alias' });
    expect(index.search('tehran', { lang: 'en' })[0]).toMatchObject({ lang: 'en', field: 'label' });
  });

  it('index.search(query) finds mixed Arabic/Latin labels by either script', () => {
    const index = SearchIndex.build(countries());
    expect(index.search('blockchain')[0]).toMatchObject({ id: 'mixed', text: 'Blockchain technology', score: MATCH_SCORE.prefix });
    expect(index.search('بلوكشين')[0]?.id).toBe('mixed');
    expect(index.search('تقنيه')[0]).toMatchObject({ id: 'mixed', lang: 'ar', score: MATCH_SCORE.prefix });
  });

  it('index.search("") and a blank or mark-only query return []', () => {
    const index = SearchIndex.build(countries());
    expect(index.search('')).toEqual([]);
    expect(index.search('   ')).toEqual([]);
    expect(index.search('\u064e\u0651')).toEqual([]);
    expect(index.search('zzz')).toEqual([]);
  });

  it('index.search(query) never finds blank labels', () => {
    const index = SearchIndex.build(countries());
    expect(index.search(' ').some((h) => h.id === 'blank')).toBe(false);
    // 4 (iran) + 4 (russia) + 2 (india) + 2 (bank) + 1 (uniranged) + 0 (blank) + 2 (mixed) texts.
    expect(index.size).toBe(15);
  });

  it('index.search(query, {limit}) returns at most limit hits, 10 by default', () => {
    const nodes = Array.from({ length: 30 }, (_, i) => node(`n${i}`, 'x', { label: `Node ${i}` }));
    const index = SearchIndex.build(KnowledgeGraph.from(graph({ nodes })));
    expect(index.search('node')).toHaveLength(10);
    expect(index.search('node', { limit: 3 }).map((h) => h.id)).toEqual(['n0', 'n1', 'n2']);
    expect(index.search('node', { limit: 100 })).toHaveLength(30);
    expect(index.search('node', { limit: 0 })).toEqual([]);
  });

  it('index.search(query, {include}) finds only the nodes include accepts', () => {
    const index = SearchIndex.build(countries());
    expect(index.search('iran', { include: (id) => id !== 'iran' }).map((h) => h.id)).toEqual(['iranian-bank', 'uniranged']);
  });
});
