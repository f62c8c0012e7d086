import { describe, expect, it } from 'vitest';
import { OWN_LANGUAGE_NAMES, languageName } from '../../../src/i18n/language-names';

describe('languageName', () => {
  it('names the interface languages in themselves', () => {
    expect(languageName('ar')).toBe('العربية');
    expect(languageName('en')).toBe('English');
  });

  it('writes out the same names Intl gives (the table saves only its start-up cost)', () => {
    for (const [lang, name] of Object.entries(OWN_LANGUAGE_NAMES)) {
      expect(new Intl.DisplayNames([lang], { type: 'language' }).of(lang)).toBe(name);
    }
  });

  it('asks Intl for other languages, and gives back a tag it cannot read', () => {
    expect(languageName('fr')).toBe(new Intl.DisplayNames(['fr'], { type: 'language' }).of('fr'));
    expect(languageName('fr')).not.toBe('fr');
    expect(languageName('not a tag')).toBe('not a tag');
  });
});
