import { z } from 'zod';

const flag = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

/** docker compose passes `${NAME:-}` as an empty string: the same as not set. */
const unsetWhenBlank = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema);

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.url().optional(),
  /** The same database without a transaction-mode pooler: LISTEN, the job queue, migrations. */
  DATABASE_DIRECT_URL: z.url().optional(),
  DATABASE_PREPARED_STATEMENTS: flag.default(true),
  EMBEDDED_PG_DIR: z.string().default('.reserva/pg'),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65_535).default(54329),
  EMBEDDED_PG_LOG: z.enum(['file', 'stdout']).default('file'),
  PUBLIC_URL: z.url().optional(),
  ALLOWED_ORIGINS: z
    .string()
    .default('')
    .transform((list) =>
      list
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    ),
  TRUST_PROXY: flag.default(false),
  COOKIE_SECURE: flag.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  RESERVA_SEED_DEMO: z.enum(['auto', 'true', 'false']).default('auto'),
  RESERVA_WORKER: flag.default(true),
  /** Share of simulated card-gateway calls that fail transiently (0..1), to rehearse retries. */
  GATEWAY_FAILURE_RATE: z.coerce.number().min(0).max(1).default(0),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(1200),
  /**
   * How long opening a database connection may take before the call is answered 503 (0: for ever).
   * A stopped or restarting PostgreSQL refuses at once; this bounds a connect nobody answers.
   * Opening connections on a busy two-core machine took over a second in the contested benchmarks.
   */
  DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(0).default(5000),
  /** Signs guest manage links; unset, the server makes one and keeps it in the database. */
  RESERVA_SECRET: z.string().min(32, 'Use at least 32 random characters').optional(),
  BACKUP_DIR: z.string().default('.reserva/backups'),
  /** `auto`: daily for the embedded database, off with DATABASE_URL (back that up your own way, or say `daily`). */
  BACKUP_SCHEDULE: z.enum(['auto', 'daily', 'off']).default('auto'),
  BACKUP_KEEP: z.coerce.number().int().min(1).default(7),
  /** Turns `/metrics` on; scrapes send it as `Authorization: Bearer …`. */
  METRICS_TOKEN: z
    .union([
      z.literal('').transform(() => undefined),
      z.string().min(16, 'METRICS_TOKEN must be at least 16 characters'),
    ])
    .optional(),
  /** Who charges cards: the simulated gateway, or Midtrans (Core API) with the keys below. */
  PAYMENT_PROVIDER: z.enum(['simulated', 'midtrans']).default('simulated'),
  MIDTRANS_SERVER_KEY: unsetWhenBlank(z.string().optional()),
  MIDTRANS_CLIENT_KEY: unsetWhenBlank(z.string().optional()),
  MIDTRANS_IS_PRODUCTION: unsetWhenBlank(flag.default(false)),
  /** Core API base URL; defaults to Midtrans's sandbox or production host (tests use a local one). */
  MIDTRANS_API_URL: unsetWhenBlank(z.url().optional()),
});

const checkedEnvSchema = envSchema.superRefine((env, context) => {
  if (env.PAYMENT_PROVIDER !== 'midtrans') return;
  for (const name of ['MIDTRANS_SERVER_KEY', 'MIDTRANS_CLIENT_KEY'] as const) {
    if (!env[name])
      context.addIssue({ code: 'custom', path: [name], message: 'required when PAYMENT_PROVIDER=midtrans' });
  }
});

export type Env = z.infer<typeof envSchema>;

/** The one place the server reads `process.env`; a bad value stops the start with a clear message. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = checkedEnvSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${problems.join('\n')}`);
  }
  return parsed.data;
}
