/// <reference types="vite/client" />

/** The bundled scenarios, validated at build time (scripts/vite-scenarios.ts). */
declare module 'virtual:bundled-scenarios' {
  const entries: { file: string; result: import('./scenario/load.ts').LoadResult }[];
  export default entries;
}
