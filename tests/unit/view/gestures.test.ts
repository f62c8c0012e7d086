import { describe, expect, it } from 'vitest';
import { touchOwner, wheelMode, wheelOwner, zoomModifierKey } from '../../../src/view/gestures';

describe('wheelMode(attribute, syncUrl)', () => {
  it('defaults to zoom on the full page (sync-url) and to page in an embed', () => {
    expect(wheelMode(null, true)).toBe('zoom');
    expect(wheelMode(undefined, false)).toBe('page');
  });

  it('follows the attribute when it says page or zoom, in any case', () => {
    expect(wheelMode('page', true)).toBe('page');
    expect(wheelMode(' ZOOM ', false)).toBe('zoom');
  });

  it('falls back to the default for any other value', () => {
    expect(wheelMode('scroll', false)).toBe('page');
    expect(wheelMode('', true)).toBe('zoom');
  });
});

describe('wheelOwner(mode, input)', () => {
  const plain = { ctrlKey: false, metaKey: false, engaged: false };
  it('gives a plain wheel to the page in page mode and to the graph in zoom mode', () => {
    expect(wheelOwner('page', plain)).toBe('page');
    expect(wheelOwner('zoom', plain)).toBe('graph');
  });

  it('gives Ctrl + wheel and ⌘ + wheel (and a trackpad pinch) to the graph in page mode', () => {
    expect(wheelOwner('page', { ...plain, ctrlKey: true })).toBe('graph');
    expect(wheelOwner('page', { ...plain, metaKey: true })).toBe('graph');
  });

  it('gives the wheel to the graph after a click into it', () => {
    expect(wheelOwner('page', { ...plain, engaged: true })).toBe('graph');
  });
});

describe('touchOwner(mode, fingers)', () => {
  it('gives one finger to the page and two to the graph in page mode', () => {
    expect(touchOwner('page', 1)).toBe('page');
    expect(touchOwner('page', 2)).toBe('graph');
    expect(touchOwner('page', 3)).toBe('graph');
  });

  it('gives every touch to the graph in zoom mode', () => {
    expect(touchOwner('zoom', 1)).toBe('graph');
  });
});

describe('zoomModifierKey(platform)', () => {
  it('names ⌘ on Apple platforms and Ctrl elsewhere', () => {
    expect(zoomModifierKey('MacIntel')).toBe('⌘');
    expect(zoomModifierKey('iPad')).toBe('⌘');
    expect(zoomModifierKey('Linux x86_64')).toBe('Ctrl');
    expect(zoomModifierKey('Win32')).toBe('Ctrl');
    expect(zoomModifierKey('')).toBe('Ctrl');
  });
});
