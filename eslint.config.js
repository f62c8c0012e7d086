// Lint: TypeScript-aware recommended rules, plus the architecture's import boundaries:
// cytoscape only in render/, d3-scale only in the encodings module, lit only in components.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const LIBRARIES = {
  cytoscape: { name: 'cytoscape', message: 'Only src/render/ talks to Cytoscape.' },
  cola: { name: 'cytoscape-cola', message: 'Only src/render/ talks to Cytoscape.' },
  lit: { name: 'lit', message: 'Lit belongs in src/components/.' },
  d3: { name: 'd3-scale', message: 'd3-scale is used only in src/view/encodings.ts.' },
};

/** Folders above each layer: importing them from the layer runs up the layers. */
const ABOVE = {
  format: ['io', 'model', 'interchange', 'i18n', 'view', 'state', 'render', 'components', 'cli'],
  io: ['model', 'interchange', 'i18n', 'view', 'state', 'render', 'components', 'cli'],
  model: ['interchange', 'i18n', 'view', 'state', 'render', 'components', 'cli'],
  interchange: ['i18n', 'view', 'state', 'render', 'components', 'cli'],
  i18n: ['model', 'interchange', 'view', 'state', 'render', 'components', 'cli'],
  view: ['state', 'render', 'components', 'cli'],
  state: ['render', 'components', 'cli'],
  render: ['state', 'components', 'cli'],
  cli: ['view', 'state', 'render', 'components'],
};

function layerRules() {
  return Object.entries(ABOVE).map(([layer, above]) => {
    const libraries =
      layer === 'render'
        ? [LIBRARIES.lit]
        : layer === 'view'
          ? [LIBRARIES.cytoscape, LIBRARIES.cola, LIBRARIES.lit]
          : [LIBRARIES.cytoscape, LIBRARIES.cola, LIBRARIES.lit, LIBRARIES.d3];
    return {
      files: [`src/${layer}/**`],
      rules: {
        'no-restricted-imports': ['error', {
          paths: libraries,
          patterns: above.map((folder) => ({
            group: [`**/${folder}/*`, `**/${folder}`],
            message: `src/${layer}/ may not import from src/${folder}/ (layers: format → io → model → interchange → i18n → view → state → render → components).`,
          })),
        }],
      },
    };
  }).concat([{
    // d3-scale only in the encodings module, inside view/.
    files: ['src/view/**'],
    ignores: ['src/view/encodings.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [LIBRARIES.cytoscape, LIBRARIES.cola, LIBRARIES.lit, LIBRARIES.d3],
        patterns: ABOVE.view.map((folder) => ({
          group: [`**/${folder}/*`],
          message: `src/view/ may not import from src/${folder}/.`,
        })),
      }],
    },
  }]);
}

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'bench-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        window: 'readonly', document: 'readonly', console: 'readonly', process: 'readonly',
        self: 'readonly', performance: 'readonly', requestAnimationFrame: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Code inside page.evaluate() runs in the browser against the element's internals.
    files: ['tests/browser/**/*.test.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  // Layers: format → io → model → interchange → i18n → view → state → render → components; an import may
  // only point down this list (cli sits beside components, over format, io, model and interchange).
  ...layerRules(),
);
