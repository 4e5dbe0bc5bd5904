import type { SsoRoleMapping } from '@spiegel/domain';
import { AppError } from '../../common/app-error.js';
import type { SsoConfig } from './sso-config.entity.js';

/** The rules of an organisation's SSO settings, as admins type them and as the log-in reads them. */

export function isLoopback(url: URL): boolean {
  return ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

/** Lists as admins type them: trimmed, without empties or repeats. */
export function cleanList(values: readonly string[], lower = false): string[] {
  const out = values.map((v) => (lower ? v.trim().toLowerCase() : v.trim())).filter(Boolean);
  return [...new Set(out)];
}

export function parseIssuer(value: string): URL {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new AppError(
      400,
      'VALIDATION_FAILED',
      'De issuer moet een volledige URL zijn, bijvoorbeeld https://login.ggz-noord.nl/realms/medewerkers.',
    );
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url)))
    throw new AppError(400, 'VALIDATION_FAILED', 'De issuer moet een https-adres zijn.');
  if (url.search || url.hash || url.username || url.password)
    throw new AppError(
      400,
      'VALIDATION_FAILED',
      'De issuer mag geen zoekparameters, # of inloggegevens bevatten.',
    );
  return url;
}

export function cleanMapping(m: SsoRoleMapping): SsoRoleMapping {
  if (m.mode === 'invite_only')
    return { mode: 'invite_only', claim: null, adminValues: [], facilitatorValues: [] };
  const claim = m.claim?.trim() ?? '';
  const adminValues = cleanList(m.adminValues);
  const facilitatorValues = cleanList(m.facilitatorValues);
  if (!claim || (adminValues.length === 0 && facilitatorValues.length === 0))
    throw new AppError(
      400,
      'VALIDATION_FAILED',
      'Geef de naam van de claim en minstens één waarde voor beheerder of begeleider.',
    );
  return { mode: 'claim', claim, adminValues, facilitatorValues };
}

export function mappingOf(row: SsoConfig): SsoRoleMapping {
  return row.roleMode === 'claim'
    ? {
        mode: 'claim',
        claim: row.roleClaim,
        adminValues: row.adminValues,
        facilitatorValues: row.facilitatorValues,
      }
    : { mode: 'invite_only', claim: null, adminValues: [], facilitatorValues: [] };
}
