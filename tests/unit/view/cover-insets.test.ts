import { describe, expect, it } from 'vitest';
import { coverInsets, maxInsets } from '../../../src/view/cover-insets';

const stage = { left: 0, top: 50, right: 1280, bottom: 800 };

describe('coverInsets', () => {
  it('a wide card along the bottom takes a bottom strip', () => {
    expect(coverInsets(stage, { left: 8, top: 600, right: 1272, bottom: 792 })).toEqual({ left: 0, right: 0, bottom: 200 });
  });

  it('a narrow tall card at the inline end takes that side when it leaves more room', () => {
    expect(coverInsets(stage, { left: 860, top: 300, right: 1272, bottom: 792 })).toEqual({ left: 0, right: 420, bottom: 0 });
    // In right-to-left layouts the card sits on the left.
    expect(coverInsets(stage, { left: 8, top: 300, right: 420, bottom: 792 })).toEqual({ left: 420, right: 0, bottom: 0 });
  });

  it('a short wide card at one end takes the bottom strip instead', () => {
    expect(coverInsets(stage, { left: 860, top: 700, right: 1272, bottom: 792 })).toEqual({ left: 0, right: 0, bottom: 100 });
  });

  it('a card outside the stage or a stage without size takes nothing', () => {
    expect(coverInsets(stage, { left: 0, top: 900, right: 100, bottom: 1000 })).toEqual({ left: 0, right: 0, bottom: 0 });
    expect(coverInsets({ left: 0, top: 0, right: 0, bottom: 0 }, { left: 0, top: 0, right: 10, bottom: 10 })).toEqual({ left: 0, right: 0, bottom: 0 });
  });
});

describe('maxInsets', () => {
  it('keeps the larger inset of each side', () => {
    expect(maxInsets({ left: 0, right: 400, bottom: 0 }, { left: 10, right: 0, bottom: 200 })).toEqual({ left: 10, right: 400, bottom: 200 });
  });
});
