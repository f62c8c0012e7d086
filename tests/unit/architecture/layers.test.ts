import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The project's ESLint config keeps imports flowing down the layers; these lint source text
// as if it lived in a layer's folder.
const eslint = new ESLint({ cwd: process.cwd() });

async function importErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer boundaries', () => {
  it.each([
    ['src/format/x.ts', "import { KnowledgeGraph } from '../model/knowledge-graph';\nexport { KnowledgeGraph };\n"],
    ['src/model/x.ts', "import { buildGraphView } from '../view/view-model';\nexport { buildGraphView };\n"],
    ['src/view/x.ts', "import { ViewStore } from '../state/store';\nexport { ViewStore };\n"],
    ['src/view/x.ts', "import { CytoscapeRenderer } from '../render/cytoscape-renderer';\nexport { CytoscapeRenderer };\n"],
    ['src/render/x.ts', "import { KgViewer } from '../components/kg-viewer/kg-viewer';\nexport { KgViewer };\n"],
    ['src/state/x.ts', "import { KgViewer } from '../components/kg-viewer/kg-viewer';\nexport { KgViewer };\n"],
    ['src/model/x.ts', "import cytoscape from 'cytoscape';\nexport { cytoscape };\n"],
    ['src/view/x.ts', "import { LitElement } from 'lit';\nexport { LitElement };\n"],
    ['src/view/x.ts', "import { scaleLinear } from 'd3-scale';\nexport { scaleLinear };\n"],
  ])('refuses an import that runs up the layers or reaches a library out of place (%s)', async (file, source) => {
    expect(await importErrors(file, source)).not.toEqual([]);
  });

  it.each([
    ['src/model/x.ts', "import type { GraphDocument } from '../format/types';\nexport type { GraphDocument };\n"],
    ['src/view/encodings.ts', "import { scaleLinear } from 'd3-scale';\nexport { scaleLinear };\n"],
    ['src/render/x.ts', "import cytoscape from 'cytoscape';\nimport type { GraphView } from '../view/view-model';\nexport { cytoscape };\nexport type { GraphView };\n"],
    ['src/components/x.ts', "import { LitElement } from 'lit';\nimport { ViewStore } from '../state/store';\nexport { LitElement, ViewStore };\n"],
  ])('allows an import down the layers (%s)', async (file, source) => {
    expect(await importErrors(file, source)).toEqual([]);
  });
});
