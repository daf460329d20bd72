import { fileURLToPath } from 'node:url';
import ts from '@typescript/typescript6';
import { dts } from 'rollup-plugin-dts';

// `tsc -b` compiles into this folder; the published `dist/` holds only what rollup makes of it.
const compiled = 'node_modules/.cache/tsc';
const serverContext = fileURLToPath(new URL('types/server-context.d.ts', import.meta.url));
const runtimeDependencies = ['@trpc/client', '@trpc/server', 'eventsource'];

/**
 * Gives the router's type a stub for the API's context: clients never see the context, only the
 * procedures, and the real one reaches the database's types.
 */
const stubServerContext = {
  name: 'stub-server-context',
  resolveId(source, importer) {
    return source === './context.js' && importer?.endsWith('/api/dist/router.d.ts') ? serverContext : null;
  },
};

export default [
  {
    input: `${compiled}/index.js`,
    output: { file: 'dist/index.js', format: 'es' },
    external: runtimeDependencies,
  },
  {
    input: `${compiled}/index.d.ts`,
    output: { file: 'dist/index.d.ts', format: 'es' },
    // The router's types are flattened in: every workspace package is inlined, nothing else.
    external: (id) => runtimeDependencies.some((name) => id === name || id.startsWith(`${name}/`)),
    plugins: [
      stubServerContext,
      dts({
        includeExternal: ['@reserva/api'],
        // Resolve packages as Node does, to their compiled declarations (in which tsc has already
        // expanded the router's type), not to their sources through the `@reserva/source` condition.
        compilerOptions: {
          module: ts.ModuleKind.NodeNext,
          moduleResolution: ts.ModuleResolutionKind.NodeNext,
          customConditions: [],
        },
      }),
    ],
  },
];
