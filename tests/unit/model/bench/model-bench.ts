/**
 * Hand-run micro-benchmark of the model on a 20,000-node / 50,000-edge synthetic graph:
 *   npx tsx tests/unit/model/bench/model-bench.ts
 * Prints median and worst timings; not part of the test suite (timings on a shared machine vary).
 */
import { KnowledgeGraph } from '../../../../src/model/knowledge-graph';
import { shortestPaths } from '../../../../src/model/path';
import { SearchIndex } from '../../../../src/model/search';
import { relationGroups } from '../../../../src/model/relations';
import { syntheticGraph } from '../graph-builder';

function time<T>(runs: number, f: (i: number) => T): { median: number; worst: number; result: T } {
  const times: number[] = [];
  let result!: T;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = f(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)] as number, worst: times[times.length - 1] as number, result };
}

const ms = (x: number) => `${x.toFixed(2)} ms`;
// Round-tripped through JSON so ids are flat strings, as they are when a graph file is parsed.
const doc = JSON.parse(JSON.stringify(syntheticGraph(20_000, 50_000))) as ReturnType<typeof syntheticGraph>;

const build = time(15, () => KnowledgeGraph.from(doc));
console.log(`KnowledgeGraph.from  median ${ms(build.median)}  worst ${ms(build.worst)}  (${build.result.nodes.length} nodes, ${build.result.edges.length} edges)`);
const kg = build.result;

const index = time(5, () => SearchIndex.build(kg));
console.log(`SearchIndex.build    median ${ms(index.median)}  worst ${ms(index.worst)}  (${index.result.size} texts)`);

const queries = ['ra', 'Ranimos', 'alias', 'روسيا', 'ايران', 'الهند', 'zzzz', 'n1', 'ko ban', 'shi 19999', '1', 'إيران 42'];
for (const query of queries) {
  const run = time(30, () => index.result.search(query, { lang: 'en' }));
  console.log(`search ${JSON.stringify(query).padEnd(14)} median ${ms(run.median)}  worst ${ms(run.worst)}  (${run.result.length} hits)`);
}

const paths = time(50, (i) => shortestPaths(kg, `n${i * 37}`, `n${19_999 - i * 53}`, { maxPaths: 5 }));
console.log(`shortestPaths        median ${ms(paths.median)}  worst ${ms(paths.worst)}`);
const groups = time(1000, (i) => relationGroups(kg, `n${i * 13}`));
console.log(`relationGroups       median ${ms(groups.median)}  worst ${ms(groups.worst)}`);
