import {
  type Cell,
  type CellUnit,
  CHECKPOINTS,
  formatMessage,
  PHASES,
  PRIVACY_MIN_PEOPLE,
  type ReportView,
  ZWART_GAT_LEVELS,
} from '@spiegel/domain';

const UNIT_LABEL: Record<CellUnit | 'score' | 'tekst', string> = {
  count: 'aantal',
  share: 'aandeel (0-1)',
  days: 'dagen',
  decimal: 'getal',
  score: 'score (0-100)',
  tekst: 'tekst',
};

/** RFC 4180: quote when needed, double the quotes; a leading formula character is defused for spreadsheets. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
  return /[",\n\r;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const cellValue = (cell: Cell): string => (cell.suppressed ? `< ${PRIVACY_MIN_PEOPLE}` : String(cell.value));

/**
 * The report's aggregates as CSV (Dutch labels, numbers with a decimal point, "< 5" where suppressed):
 * section, measure, value, unit. Nothing about individuals; the same suppression as the page.
 */
export function reportCsv(report: ReportView): string {
  const rows: string[][] = [['sectie', 'kenmerk', 'waarde', 'eenheid']];
  const add = (section: string, measure: string, value: string, unit: keyof typeof UNIT_LABEL) =>
    rows.push([section, measure, value, UNIT_LABEL[unit]]);
  const scope = report.scope.kind === 'traject' ? report.scope.traject.name : report.organisation.name;
  add('rapport', report.scope.kind === 'traject' ? 'traject' : 'organisatie', scope, 'tekst');
  if (report.scope.kind === 'traject') {
    add('rapport', 'periode', `${report.scope.traject.startsOn} t/m ${report.scope.traject.endsOn}`, 'tekst');
  }
  add('rapport', 'gemaakt op', report.generatedAt, 'tekst');
  add('rapport', 'trajecten', String(report.trajectCount), 'count');
  add('rapport', 'deelnemers', cellValue(report.participants), 'count');

  for (const c of report.checkpoints) {
    const def = CHECKPOINTS[c.id];
    const section = `checkpoint: ${def.label.nl}`;
    add(section, 'score', c.score === null ? '' : String(c.score), 'score');
    add(section, 'stoplicht', c.light, 'tekst');
    if (c.note) add(section, 'toelichting', formatMessage(c.note, 'nl'), 'tekst');
    for (const comp of c.components) {
      const label = def.components.find((d) => d.id === comp.id)?.label.nl ?? comp.id;
      const value = !comp.measured
        ? 'niet te meten'
        : comp.suppressed
          ? `< ${PRIVACY_MIN_PEOPLE}`
          : String(comp.value);
      add(
        section,
        `${label} (gewicht ${comp.weight})`,
        value,
        comp.measured && !comp.suppressed ? 'decimal' : 'tekst',
      );
    }
    for (const f of c.figures) {
      const label = def.figures.find((d) => d.id === f.id)?.label.nl ?? f.id;
      add(section, label, cellValue(f.cell), f.unit);
    }
    c.interventions.forEach((m, i) => add(section, `interventie ${i + 1}`, formatMessage(m, 'nl'), 'tekst'));
  }

  const f = report.funnel;
  for (const step of f.steps) {
    add(
      'fasetrechter',
      `${PHASES[step.phase].label.nl} bereikt (of verder)`,
      cellValue(step.reached),
      'count',
    );
    add('fasetrechter', `${PHASES[step.phase].label.nl} aandeel`, cellValue(step.share), 'share');
  }
  add('fasetrechter', 'nog geen fase', cellValue(f.noPhaseYet), 'count');
  add(
    'fasetrechter',
    'grootste uitval',
    f.largestDrop ? `${PHASES[f.largestDrop.from].label.nl} → ${PHASES[f.largestDrop.to].label.nl}` : '',
    'tekst',
  );
  add('fasetrechter', 'kantelpunt bereikt', cellValue(f.kantelpunt.reached), 'count');
  add('fasetrechter', 'mediaan dagen tot eerste herkenning', cellValue(f.kantelpunt.medianDays), 'days');

  const a = report.aftercare;
  add('nazorg', 'oud-deelnemers', cellValue(a.alumni), 'count');
  for (const m of a.zwartGat) {
    for (const level of ZWART_GAT_LEVELS)
      add('nazorg', `zwart gat maand ${m.month}: ${level}`, cellValue(m.levels[level]), 'count');
  }
  for (const x of a.active) {
    add(
      'nazorg',
      `nog actief na ${x.month} ${x.month === 1 ? 'maand' : 'maanden'}`,
      cellValue(x.share),
      'share',
    );
  }
  add('nazorg', 'mentorschappen gevormd', cellValue(a.mentorships), 'count');

  const s = report.fieldSignals;
  add('signalen in de praktijk', 'crisissignalen gegeven', cellValue(s.flagged), 'count');
  add('signalen in de praktijk', 'waarvan vals alarm', cellValue(s.falseAlarms), 'count');
  add('signalen in de praktijk', 'gemiste signalen gemarkeerd', cellValue(s.missed), 'count');
  add('signalen in de praktijk', 'precisie', cellValue(s.precision), 'share');
  add('signalen in de praktijk', 'recall (bovengrens)', cellValue(s.recall), 'share');

  // A byte-order mark so spreadsheet programs read the UTF-8 (ë, →) correctly; CRLF as RFC 4180 says.
  return `\uFEFF${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** "spiegel-rapport-voorjaar-herstel-in-verbinding-2026-03-02.csv" */
export function reportFilename(report: ReportView): string {
  const name = report.scope.kind === 'traject' ? report.scope.traject.name : report.organisation.name;
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `spiegel-rapport-${slug || 'organisatie'}-${report.generatedAt.slice(0, 10)}.csv`;
}
