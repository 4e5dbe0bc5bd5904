import {
  MESSAGE_MAX_CHARS,
  STORY_BODY_MAX_CHARS,
  STORY_TITLE_MAX_CHARS,
  type ContributionKind,
  hasForbiddenCharacter,
} from '@spiegel/domain';
import { AppError } from '../../common/app-error.js';

/** Size rules per kind, shared by the REST route and the socket event. */
export function assertContributionShape(
  kind: ContributionKind,
  body: string,
  title: string | undefined | null,
): void {
  const text = body.trim();
  if (!text) throw new AppError(400, 'VALIDATION_FAILED', 'Een leeg bericht kun je niet versturen.');
  if (kind === 'message') {
    if (text.length > MESSAGE_MAX_CHARS)
      throw new AppError(
        400,
        'VALIDATION_FAILED',
        `Een bericht is hoogstens ${MESSAGE_MAX_CHARS} tekens. Deel het als verhaal.`,
      );
    if (title) throw new AppError(400, 'VALIDATION_FAILED', 'Alleen een verhaal heeft een titel.');
  } else {
    if (text.length > STORY_BODY_MAX_CHARS)
      throw new AppError(
        400,
        'VALIDATION_FAILED',
        `Een verhaal is hoogstens ${STORY_BODY_MAX_CHARS} tekens.`,
      );
    if (!title?.trim()) throw new AppError(400, 'VALIDATION_FAILED', 'Geef je verhaal een titel.');
    if (title.length > STORY_TITLE_MAX_CHARS)
      throw new AppError(400, 'VALIDATION_FAILED', `Een titel is hoogstens ${STORY_TITLE_MAX_CHARS} tekens.`);
  }
  // NUL and other control characters (but newlines and tabs), and lone surrogates, are not text people read.
  if (hasForbiddenCharacter(body) || (title && hasForbiddenCharacter(title))) {
    throw new AppError(400, 'VALIDATION_FAILED', 'De tekst bevat tekens die niet zijn toegestaan.');
  }
}
