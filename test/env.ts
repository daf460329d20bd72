/** The test run's settings from the environment; the one place tests read `process.env`. */
export const testEnv = {
  /** A PostgreSQL server where the tests may create databases; unset = an embedded one per run. */
  databaseUrl: process.env.TEST_DATABASE_URL,
};
