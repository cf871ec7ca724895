// ESLint flat config: typescript-eslint's recommended rules for all TypeScript (extension, webview, tests,
// benchmarks) and the build/test scripts; generated and installed folders are ignored.
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

const nodeGlobals = Object.fromEntries(
  ['process', 'console', 'Buffer', 'URL', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'fetch', 'AbortSignal'].map(name => [name, 'readonly']),
);

export default defineConfig(
  { ignores: ['out/**', 'dist/**', 'media/dist/**', 'node_modules/**', 'artifacts/**', '.vscode-test/**', '**/*.d.ts'] },
  tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      eqeqeq: ['error', 'smart'],
      'no-throw-literal': 'error',
      'prefer-const': 'error',
      'no-var': 'error',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: nodeGlobals, sourceType: 'module' },
    rules: { 'no-undef': 'error' },
  },
);
