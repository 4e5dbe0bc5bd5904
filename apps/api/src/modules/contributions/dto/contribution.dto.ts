import { Optional } from '../../../common/optional.js';
import { WholeNumber, WholeNumberQuery } from '../../../common/whole-number.js';
import {
  IsBoolean,
  IsIn,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import {
  CONTRIBUTION_KINDS,
  type ContributionKind,
  MESSAGE_MAX_CHARS,
  PHASE_IDS,
  type PhaseId,
  REACTION_KINDS,
  type ReactionKind,
  STORY_BODY_MAX_CHARS,
  STORY_TITLE_MAX_CHARS,
} from '@spiegel/domain';

export class SendContributionDto {
  @IsUUID('4')
  clientId: string;

  @IsIn(CONTRIBUTION_KINDS)
  kind: ContributionKind;

  @IsString()
  @MinLength(1)
  @MaxLength(STORY_BODY_MAX_CHARS)
  body: string;

  @Optional()
  @IsString()
  @MaxLength(STORY_TITLE_MAX_CHARS)
  title?: string;

  @Optional()
  @Matches(/^\d{1,18}$/)
  replyToId?: string;
}

export class EditContributionDto {
  @IsString()
  @MinLength(1)
  @MaxLength(STORY_BODY_MAX_CHARS)
  body: string;

  @Optional()
  @IsString()
  @MaxLength(STORY_TITLE_MAX_CHARS)
  title?: string;
}

export class SetPhaseDto {
  @ValidateIf((_, v) => v !== null)
  @IsIn(PHASE_IDS)
  phase: PhaseId | null;
}

export class ReactionDto {
  @IsIn(REACTION_KINDS)
  kind: ReactionKind;

  @IsBoolean()
  on: boolean;
}

export class HistoryQuery {
  @Optional()
  @WholeNumberQuery(1)
  before?: number;

  @Optional()
  @WholeNumberQuery(0)
  after?: number;

  @Optional()
  @WholeNumberQuery(1, 100)
  limit?: number;
}

export class ReadDto {
  @WholeNumber(0)
  seq: number;
}

export { MESSAGE_MAX_CHARS };
