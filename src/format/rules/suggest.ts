/** Did-you-mean suggestions by edit distance, bounded so a huge broken file stays fast. */
import { quote } from '../message-text';

/**
 * Did-you-mean candidates, prepared once for many lookups: the list, and each candidate folded
 * (NFC, lower case) for the "equal up to case" check. Folding every candidate again for every
 * unresolved reference made a file with thousands of both quadratic.
 */
export class Candidates {
  private list: readonly string[] | undefined;
  private byFold: Map<string, string> | undefined;

  /** `source` is read once, at the first lookup (a valid file never pays for it). */
  constructor(private readonly source: Iterable<string>) {}

  /**
   * The candidate closest to `word` (optimal string alignment distance, i.e. with transpositions),
   * if it is close enough to be a likely typo: at most 1 edit for short words, up to 3 for long.
   * A candidate equal up to case and Unicode normalization wins outright.
   */
  closestTo(word: string): string | undefined {
    if (!this.list || !this.byFold) {
      this.list = [...this.source];
      this.byFold = new Map();
      for (const candidate of this.list) {
        const folded = fold(candidate);
        if (!this.byFold.has(folded)) this.byFold.set(folded, candidate);
      }
    }
    const candidates = this.list;
    const sameFold = this.byFold.get(fold(word));
    if (sameFold !== undefined && sameFold !== word) return sameFold;
    if (sameFold === word) {
      // The word is a candidate itself; another one may still fold the same (rare: scan).
      const folded = fold(word);
      for (const candidate of candidates) if (candidate !== word && fold(candidate) === folded) return candidate;
    }
    const limit = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
    let best: string | undefined;
    let bestDistance = limit + 1;
    for (const candidate of candidates) {
      if (candidate === word) continue;
      if (Math.abs(candidate.length - word.length) >= bestDistance) continue;
      const distance = editDistance(word, candidate, bestDistance - 1);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = candidate;
      }
    }
    if (best !== undefined || word.length < 3) return best;
    // A shortened or lengthened word ("dash" for "dashed") is a likely slip too.
    for (const candidate of candidates) {
      if (candidate.length >= 3 && (candidate.startsWith(word) || word.startsWith(candidate))) return candidate;
    }
    return undefined;
  }
}

/** The candidate closest to `word`, if close enough (see Candidates.closestTo); for one lookup. */
export function closestMatch(word: string, candidates: Iterable<string>): string | undefined {
  return new Candidates(candidates).closestTo(word);
}

function fold(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

/**
 * Optimal string alignment distance between `a` and `b`, or `max + 1` as soon as it must
 * exceed `max` (rows whose minimum passes `max` end the search).
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previousPrevious: number[] = [];
  let previous: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        value = Math.min(value, (previousPrevious[j - 2] as number) + 1);
      }
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    previousPrevious = previous;
    previous = current;
  }
  return previous[b.length] as number;
}

/** `did you mean "x"?`, or undefined. Pass prepared `Candidates` when there are many lookups. */
export function didYouMean(word: string, candidates: Iterable<string> | Candidates): string | undefined {
  const match = candidates instanceof Candidates ? candidates.closestTo(word) : closestMatch(word, candidates);
  return match === undefined ? undefined : `did you mean ${quote(match)}?`;
}
