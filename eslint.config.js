// Lint: TypeScript-aware recommended rules, plus the architecture's import boundaries:
// cytoscape only in render/, d3-scale only in the encodings module, lit only in components.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
  {
    files: ['src/format/**', 'src/interchange/**', 'src/model/**', 'src/view/**', 'src/state/**', 'src/i18n/**', 'src/cli/**'],
    ignores: ['src/view/encodings.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'cytoscape', message: 'Only src/render/ talks to Cytoscape.' },
          { name: 'cytoscape-cola', message: 'Only src/render/ talks to Cytoscape.' },
          { name: 'lit', message: 'Lit belongs in src/components/.' },
          { name: 'd3-scale', message: 'd3-scale is used only in src/view/encodings.ts.' },
        ],
      }],
    },
  },
);
