/**
 * Where the time of a load went: the functions with the most self time in a .cpuprofile written
 * by `npm run bench -- --profile`, by total and by bundle file.
 * Usage: npx tsx tests/bench/profile-summary.ts bench-results/profiles/<name>.cpuprofile [top]
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** The parts of a V8 CPU profile (CDP Profiler.Profile) used here. */
export interface CpuProfile {
  readonly nodes: readonly { readonly id: number; readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number } }[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

export interface SelfTime {
  readonly name: string;
  readonly ms: number;
}

/** Self time per function ("name file:line") and per file, largest first. */
export function selfTimes(profile: CpuProfile): { functions: SelfTime[]; files: SelfTime[] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const functions = new Map<string, number>();
  const files = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    // Each sample's delta is the time since the previous sample: attribute it to this sample.
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const frame = byId.get(id);
    if (frame === undefined) return;
    const file = frame.url === '' ? '(native)' : (frame.url.split('/').pop() ?? frame.url);
    const key = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
    functions.set(key, (functions.get(key) ?? 0) + ms);
    files.set(file, (files.get(file) ?? 0) + ms);
  });
  const sorted = (m: Map<string, number>): SelfTime[] => [...m].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms);
  return { functions: sorted(functions), files: sorted(files) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [path, topText] = process.argv.slice(2);
  if (path === undefined) {
    console.error('usage: npx tsx tests/bench/profile-summary.ts <file.cpuprofile> [top]');
    process.exit(2);
  }
  const top = Number(topText ?? 20);
  const { functions, files } = selfTimes(JSON.parse(readFileSync(path, 'utf8')) as CpuProfile);
  console.log('self time by file:');
  for (const f of files.slice(0, 10)) console.log(`${f.ms.toFixed(0).padStart(8)} ms  ${f.name}`);
  console.log(`\ntop ${top} functions by self time:`);
  for (const f of functions.slice(0, top)) console.log(`${f.ms.toFixed(1).padStart(8)} ms  ${f.name}`);
}
