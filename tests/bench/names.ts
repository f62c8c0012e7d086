/**
 * Realistic-length bilingual names for benchmark graphs, built from parallel syllable lists so an
 * English name and its Arabic name read as transliterations of each other ("Valdoria" / "فالدوريا").
 */
import type { Random } from './prng';

/** Parallel lists: SYLLABLES_EN[i] is written SYLLABLES_AR[i] in Arabic script. */
const SYLLABLES_EN = [
  'va', 'ler', 'do', 'ra', 'ki', 'sta', 'no', 'mi', 'sa', 'to', 'ba', 'zi',
  'ri', 'la', 'ga', 'na', 'ho', 'sha', 'ma', 'di', 'ko', 'bi', 'tar', 'fen',
] as const;
const SYLLABLES_AR = [
  'فا', 'لير', 'دو', 'را', 'كي', 'ستا', 'نو', 'مي', 'سا', 'تو', 'با', 'زي',
  'ري', 'لا', 'غا', 'نا', 'هو', 'شا', 'ما', 'دي', 'كو', 'بي', 'تار', 'فين',
] as const;

/** Word endings for country names, again in parallel. */
const COUNTRY_ENDINGS: readonly (readonly [string, string])[] = [
  ['ria', 'ريا'], ['stan', 'ستان'], ['land', 'لاند'], ['via', 'فيا'], ['nia', 'نيا'],
];
const COUNTRY_FORMS: readonly (readonly [string, string])[] = [
  ['{}', '{}'], ['{}', '{}'], ['Republic of {}', 'جمهورية {}'], ['Federation of {}', 'اتحاد {}'],
];
const LEADER_TITLES: readonly (readonly [string, string])[] = [
  ['', ''], ['', ''], ['President ', 'الرئيس '], ['Minister ', 'الوزير '], ['Deputy Minister ', 'نائب الوزير '],
];
const ORGANIZATION_FORMS: readonly (readonly [string, string])[] = [
  ['{} Digital Development Agency', 'وكالة {} للتنمية الرقمية'],
  ['Central Bank of {}', 'البنك المركزي في {}'],
  ['{} Cybersecurity Council', 'مجلس {} للأمن السيبراني'],
  ['{} Institute of Technology', 'معهد {} للتكنولوجيا'],
  ['Union of {} Banks', 'اتحاد مصارف {}'],
  ['{} Energy Company', 'شركة {} للطاقة'],
  ['Ministry of Communications of {}', 'وزارة الاتصالات في {}'],
];
const TECHNOLOGY_FORMS: readonly (readonly [string, string])[] = [
  ['{} blockchain platform', 'منصة {} للبلوك تشين'],
  ['{} artificial intelligence system', 'نظام {} للذكاء الاصطناعي'],
  ['{} digital currency', 'العملة الرقمية {}'],
  ['{} smart infrastructure', 'البنية التحتية الذكية {}'],
  ['{} payment network', 'شبكة مدفوعات {}'],
  ['{} machine-learning model', 'نموذج {} للتعلم الآلي'],
];

/** A name in both scripts. */
export interface BilingualName {
  readonly en: string;
  readonly ar: string;
}

/** A made-up proper noun of `min`…`max` syllables, capitalised in English. */
export function properNoun(random: Random, min = 2, max = 3): BilingualName {
  const count = min + random.int(max - min + 1);
  let en = '';
  let ar = '';
  for (let i = 0; i < count; i += 1) {
    const k = random.int(SYLLABLES_EN.length);
    en += SYLLABLES_EN[k];
    ar += SYLLABLES_AR[k];
  }
  return { en: en.charAt(0).toUpperCase() + en.slice(1), ar };
}

function fill(form: readonly [string, string], name: BilingualName): BilingualName {
  return { en: form[0].replace('{}', name.en), ar: form[1].replace('{}', name.ar) };
}

/** "Valdoria", "Republic of Kestan" / "فالدوريا", "جمهورية كيستان". */
export function countryName(random: Random): BilingualName {
  const stem = properNoun(random, 1, 2);
  const ending = random.pick(COUNTRY_ENDINGS);
  return fill(random.pick(COUNTRY_FORMS), { en: stem.en + ending[0], ar: stem.ar + ending[1] });
}

/** "Minister Marek Tolvani" / "الوزير ماريك تولفاني". */
export function leaderName(random: Random): BilingualName {
  const first = properNoun(random, 2, 2);
  const last = properNoun(random, 2, 4);
  const title = random.pick(LEADER_TITLES);
  return { en: `${title[0]}${first.en} ${last.en}`, ar: `${title[1]}${first.ar} ${last.ar}` };
}

/** "Kestan Digital Development Agency" / "وكالة كيستان للتنمية الرقمية". */
export function organizationName(random: Random): BilingualName {
  return fill(random.pick(ORGANIZATION_FORMS), properNoun(random));
}

/** "Tolvan blockchain platform" / "منصة تولفان للبلوك تشين". */
export function technologyName(random: Random): BilingualName {
  return fill(random.pick(TECHNOLOGY_FORMS), properNoun(random));
}
