import { describe, expect, it } from 'vitest';
import { selfTimes, type CpuProfile } from '../../bench/profile-summary';

const frame = (functionName: string, url: string, lineNumber = 0) => ({ functionName, url, lineNumber });

describe('selfTimes', () => {
  it('adds each sample’s time delta to its function and file, largest first', () => {
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: frame('(program)', '') },
        { id: 2, callFrame: frame('layout', 'http://127.0.0.1:1/assets/viewer-abc.js', 9) },
        { id: 3, callFrame: frame('', 'http://127.0.0.1:1/assets/cytoscape-x.js') },
      ],
      samples: [2, 2, 3, 1, 2],
      timeDeltas: [1000, 2000, 500, 5000, 1000],
    };
    const { functions, files } = selfTimes(profile);
    expect(functions[0]).toEqual({ name: '(program) (native):1', ms: 5 });
    expect(functions.find((f) => f.name === 'layout viewer-abc.js:10')?.ms).toBe(4);
    expect(functions.find((f) => f.name === '(anonymous) cytoscape-x.js:1')?.ms).toBe(0.5);
    expect(files.map((f) => f.name)).toEqual(['(native)', 'viewer-abc.js', 'cytoscape-x.js']);
  });
});
