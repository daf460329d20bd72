interface BannerInput {
  baseUrl: string;
  database: string;
  demoLogins: readonly { role: string; email: string; password: string }[];
}

export function printBanner({ baseUrl, database, demoLogins }: BannerInput): void {
  const base = baseUrl.replace(/\/$/, '');
  const lines = [
    '',
    '  Reserva is running',
    `    Customer app   ${base}/`,
    `    Staff app      ${base}/admin/`,
    `    API            ${base}/trpc`,
    `    Health         ${base}/healthz  ${base}/readyz`,
    `    Database       ${database}`,
  ];
  if (demoLogins.length > 0) {
    lines.push('', '  Demo logins');
    for (const login of demoLogins)
      lines.push(`    ${login.role.padEnd(9)} ${login.email.padEnd(24)} ${login.password}`);
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}
