/**
 * Hand-run micro-benchmark of the model on a 20,000-node / 50,000-edge synthetic graph:
 *   npx tsx tests/unit/model/bench/model-bench.ts
 * Prints median and worst wall-clock timings, and the median CPU time of this process (less
 * sensitive to other work on a shared machine); not part of the test suite.
 */
import { KnowledgeGraph } from '../../../../src/model/knowledge-graph';
import { shortestPaths } from '../../../../src/model/path';
import { SearchIndex } from '../../../../src/model/search';
import { relationGroups } from '../../../../src/model/relations';
import { syntheticGraph } from '../graph-builder';

console.log(`load average ${(await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' ')}`);

function time<T>(runs: number, f: (i: number) => T): { median: number; worst: number; cpu: number; result: T } {
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let result!: T;
  for (let i = 0; i < runs; i++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    result = f(i);
    times.push(performance.now() - start);
    const cpu = process.cpuUsage(cpuStart);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
  }
  const median = (list: number[]) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)] as number;
  times.sort((a, b) => a - b);
  return { median: median(times), worst: times[times.length - 1] as number, cpu: median(cpuTimes), result };
}

const ms = (x: number) => `${x.toFixed(2)} ms`;
const report = (name: string, run: ReturnType<typeof time>, extra: string) =>
  console.log(`${name.padEnd(22)} median ${ms(run.median)}  worst ${ms(run.worst)}  cpu ${ms(run.cpu)}  ${extra}`);
// Round-tripped through JSON so ids are flat strings, as they are when a graph file is parsed.
const doc = JSON.parse(JSON.stringify(syntheticGraph(20_000, 50_000))) as ReturnType<typeof syntheticGraph>;

const build = time(15, () => KnowledgeGraph.from(doc));
report('KnowledgeGraph.from', build, `(${build.result.nodes.length} nodes, ${build.result.edges.length} edges)`);
const kg = build.result;

const index = time(5, () => SearchIndex.build(kg));
report('SearchIndex.build', index, `(${index.result.size} texts)`);

const queries = ['ra', 'Ranimos', 'alias', 'روسيا', 'ايران', 'الهند', 'zzzz', 'n1', 'ko ban', 'shi 19999', '1', 'إيران 42'];
for (const query of queries) {
  const run = time(30, () => index.result.search(query, { lang: 'en' }));
  report(`search ${JSON.stringify(query)}`, run, `(${run.result.length} hits)`);
}

const paths = time(50, (i) => shortestPaths(kg, `n${i * 37}`, `n${19_999 - i * 53}`, { maxPaths: 5 }));
report('shortestPaths', paths, '');
const groups = time(1000, (i) => relationGroups(kg, `n${i * 13}`));
report('relationGroups', groups, '');
