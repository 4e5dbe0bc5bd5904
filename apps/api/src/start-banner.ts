import { DEMO_PASSWORD, type DemoSummary, ROLE_LABEL } from './seed/demo-seed.js';

/**
 * What `pnpm start` prints once everything is up, as the last thing on screen: where Spiegel runs,
 * and for the demo who to log in as and what each person shows.
 */
export function formatStartBanner(
  publicOrigin: string,
  seeded: DemoSummary | null,
  database?: { dataDir: string; notice?: string | undefined },
  mail?: 'smtp' | 'catcher' | 'off',
): string {
  const lines = [
    '',
    `  Spiegel draait op ${publicOrigin}`,
    `  API: ${publicOrigin}/api   ·   API-documentatie: ${publicOrigin}/api/docs`,
  ];
  if (seeded) {
    lines.push(
      '',
      `  Demo-organisatie: ${seeded.organisationName} (wachtwoord voor iedereen: ${DEMO_PASSWORD})`,
      `    ${'inlognaam'.padEnd(10)} ${'rol'.padEnd(11)} ${'schuilnaam'.padEnd(10)} in de demo`,
    );
    for (const a of seeded.accounts)
      lines.push(
        `    ${a.login.padEnd(10)} ${ROLE_LABEL[a.role].padEnd(11)} ${a.displayName.padEnd(10)} ${a.about}`,
      );
  }
  if (database) {
    lines.push('', `  Database: ${database.dataDir}`);
    if (database.notice) lines.push(`    (${database.notice})`);
  }
  if (mail)
    lines.push(
      '',
      `  E-mails: ${
        mail === 'smtp'
          ? 'via de mailserver in SMTP_URL'
          : mail === 'catcher'
            ? `niet verstuurd maar bewaard: bekijk ze onder Beheer → E-mails${seeded ? ' (log in als beheer)' : ''}`
            : 'uit (geen SMTP_URL en MAIL_CATCHER=off)'
      }`,
    );
  lines.push('', '  Logboek per verzoek: LOG_REQUESTS=1 pnpm start   ·   Stoppen: Ctrl-C', '');
  return lines.join('\n');
}
