declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated, empty database that test files clone (see test/global-setup.ts). */
    templateDatabaseUrl: string;
  }
}

export {};
