// Lint rules, including the architecture's boundaries (CONTRIBUTING.md, "The layers and what may
// import what"): questions/ imports no platform code, the contract imports nothing from main/ or
// the renderer, the renderer talks to main only through the contract, and inside main/ the
// store and certificate code know nothing above them, services know no API or shell, and the API
// layer knows no shell.
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/** An import rule: `files` may not import from the sibling folders of main/ named in `folders`. */
function mainLayer(files, folders, message, extraPatterns = []) {
  const names = folders.join('|')
  return {
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: `^(\\.\\./)+(${names})(/|$)`, message },
            { regex: `(^|/)main/(${names})(/|$)`, message },
            ...extraPatterns
          ]
        }
      ]
    }
  }
}

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
    files: ['preload/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)(main|renderer)(/|$)',
              message: 'The contract is the bottom of the app: main and the renderer import it.'
            },
            {
              group: ['electron', 'node:*'],
              message: 'The contract is loaded by the sandboxed page too.'
            }
          ]
        }
      ]
    }
  },
  mainLayer(
    ['main/store/**/*.ts'],
    ['services', 'api', 'app', 'electron', 'web', 'certificate'],
    'The store owns files and durability only; services build on it, not the other way.'
  ),
  mainLayer(
    ['main/certificate/**/*.ts'],
    ['services', 'api', 'app', 'electron', 'web', 'store'],
    'Certificate code is pure signing, layout and reading; the certificate service uses it.'
  ),
  mainLayer(
    ['main/services/**/*.ts'],
    ['api', 'app', 'electron', 'web'],
    'Services know no API layer or shell: throw ServiceError, and the dispatch maps it.'
  ),
  mainLayer(
    ['main/api/**/*.ts'],
    ['electron', 'web'],
    'The API layer serves both shells, so it imports neither (shared rules live in main/app).',
    [
      {
        regex: '(^|/)app/context$',
        message: 'The composition root builds the API, not the other way round.'
      }
    ]
  ),
  {
    files: ['tests/e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' }
  }
)
