// Lint rules, including the architecture's boundaries: questions/ imports no platform code, and
// the renderer talks to main only through the contract.
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '.tmp/**',
      'bench/**'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
      ],
      '@typescript-eslint/no-explicit-any': 'error'
    }
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/main/**'],
              message: 'The renderer reaches main only through the API contract.'
            },
            { group: ['electron', 'node:*'], message: 'The renderer runs in a sandboxed page.' }
          ]
        }
      ]
    }
  },
  {
    files: ['questions/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process'],
              message: 'questions/ is pure TypeScript: no Node.'
            },
            {
              group: ['electron', 'react', 'react-dom', 'zustand', 'lowdb'],
              message: 'questions/ is pure TypeScript: no platform code.'
            },
            {
              group: ['**/main/**', '**/renderer/**', '**/preload/**'],
              message: 'questions/ imports nothing from the app layers.'
            }
          ]
        }
      ]
    }
  },
  {
    files: ['tests/e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' }
  }
)
