import { describe, expect, it } from 'vitest';
import { arrowDirection, neighbourInDirection } from '../../../src/view/keyboard-nav';

const around = [
  { id: 'east', x: 100, y: 5 },
  { id: 'west', x: -100, y: 0 },
  { id: 'north', x: 0, y: -80 },
  { id: 'south', x: 10, y: 90 },
];

describe('neighbourInDirection', () => {
  it('moves to the neighbour lying in the arrow direction (screen y grows downwards)', () => {
    expect(neighbourInDirection({ x: 0, y: 0 }, around, 'right')).toBe('east');
    expect(neighbourInDirection({ x: 0, y: 0 }, around, 'left')).toBe('west');
    expect(neighbourInDirection({ x: 0, y: 0 }, around, 'up')).toBe('north');
    expect(neighbourInDirection({ x: 0, y: 0 }, around, 'down')).toBe('south');
  });

  it('prefers a nearer neighbour at a similar angle', () => {
    const c = [
      { id: 'far', x: 300, y: 0 },
      { id: 'near', x: 50, y: 10 },
    ];
    expect(neighbourInDirection({ x: 0, y: 0 }, c, 'right')).toBe('near');
  });

  it('falls back to the nearest neighbour when none lies that way', () => {
    expect(neighbourInDirection({ x: 0, y: 0 }, [{ id: 'only', x: -20, y: 0 }], 'right')).toBe('only');
    expect(neighbourInDirection({ x: 0, y: 0 }, [], 'right')).toBeUndefined();
  });

  it('maps arrow keys and nothing else', () => {
    expect(arrowDirection('ArrowUp')).toBe('up');
    expect(arrowDirection('Enter')).toBeUndefined();
  });
});
