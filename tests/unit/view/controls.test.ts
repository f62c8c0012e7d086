import { describe, expect, it } from 'vitest';
import { CONTROL_PARTS, controlsAttribute, parseControls } from '../../../src/view/controls';

describe('parseControls(value)', () => {
  it('shows every part when the attribute is absent, empty or "all"', () => {
    for (const value of [undefined, null, '', '   ', 'all', 'search all']) {
      expect([...parseControls(value)]).toEqual([...CONTROL_PARTS]);
    }
  });

  it('shows no part for "none"', () => {
    expect(parseControls('none').size).toBe(0);
    expect(parseControls(' NONE ').size).toBe(0);
  });

  it('shows only the named parts, separated by spaces or commas, in any case', () => {
    expect([...parseControls('search legend')].sort()).toEqual(['legend', 'search']);
    expect([...parseControls('Zoom,share\tTHEME')].sort()).toEqual(['share', 'theme', 'zoom']);
  });

  it('ignores words it does not know (a page written for a later version still works)', () => {
    expect([...parseControls('search sparkles')]).toEqual(['search']);
    expect(parseControls('sparkles').size).toBe(0);
  });
});

describe('controlsAttribute(shown)', () => {
  it('omits the attribute for every part and writes "none" for no part', () => {
    expect(controlsAttribute(new Set(CONTROL_PARTS))).toBeUndefined();
    expect(controlsAttribute(new Set())).toBe('none');
  });

  it('writes the parts in vocabulary order, and parses back to the same set', () => {
    const value = controlsAttribute(parseControls('zoom search legend'));
    expect(value).toBe('search legend zoom');
    expect([...parseControls(value)].sort()).toEqual(['legend', 'search', 'zoom']);
  });
});
