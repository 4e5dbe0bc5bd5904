import { describe, expect, it } from '@jest/globals';
import { type AccessLogEntry, accessLogCsv, csvCell } from './access-log.js';

const entry = (over: Partial<AccessLogEntry> = {}): AccessLogEntry => ({
  id: '7',
  at: '2026-12-07T10:00:00.000Z',
  action: 'insight.dashboard_view',
  actor: 'Ruben',
  actorId: 'a',
  actorRole: 'facilitator',
  subject: null,
  subjectId: null,
  othersShown: 5,
  targetType: 'room',
  targetId: 'r1',
  details: {},
  ip: '127.0.0.1',
  ...over,
});

describe('csvCell', () => {
  it.each([
    ['should leave plain text as it is', 'Ruben', 'Ruben'],
    ['should write null as empty', null, ''],
    ['should write undefined as empty', undefined, ''],
    ['should write numbers', 5, '5'],
    ['should quote a comma', 'a,b', '"a,b"'],
    ['should double quotes inside quotes', 'zei "hoi"', '"zei ""hoi"""'],
    ['should quote a line break', 'a\nb', '"a\nb"'],
    ['should neutralise a formula when a pseudonym starts with =', '=HYPERLINK(1)', "'=HYPERLINK(1)"],
    ['should neutralise + - and @', '@x', "'@x"],
    ['should neutralise and quote a formula with a comma', '=SUM(1,2)', `"'=SUM(1,2)"`],
  ])('%s', (_name, value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe('accessLogCsv', () => {
  it('should write a header and one CRLF line per entry, without details', () => {
    const csv = accessLogCsv([entry(), entry({ id: '6', actor: null, ip: null, details: { secret: 'x' } })]);
    expect(csv.split('\r\n')).toEqual([
      'id,at,action,actor,actorRole,subject,othersShown,targetType,targetId,ip',
      '7,2026-12-07T10:00:00.000Z,insight.dashboard_view,Ruben,facilitator,,5,room,r1,127.0.0.1',
      '6,2026-12-07T10:00:00.000Z,insight.dashboard_view,,facilitator,,5,room,r1,',
      '',
    ]);
  });

  it('should write only the header when there is nothing', () => {
    expect(accessLogCsv([])).toBe(
      'id,at,action,actor,actorRole,subject,othersShown,targetType,targetId,ip\r\n',
    );
  });
});
