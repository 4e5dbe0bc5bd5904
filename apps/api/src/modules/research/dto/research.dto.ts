import {
  type AnswerMomentInput,
  type ResearchConsentInput,
  type SkipMomentInput,
  STUDY_MOMENTS,
  type StudyMoment,
} from '@spiegel/domain';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsString, IsUUID, Matches } from 'class-validator';

/** Any answer value an instrument may use; the service checks it against the questionnaire's own scale. */
const ANSWER_VALUES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

export class AnswerMomentDto implements AnswerMomentInput {
  @IsUUID()
  enrolmentId: string;

  @IsIn(STUDY_MOMENTS)
  moment: StudyMoment;

  @IsArray()
  @ArrayMaxSize(100)
  @IsIn(ANSWER_VALUES, { each: true })
  answers: number[];
}

export class SkipMomentDto implements SkipMomentInput {
  @IsUUID()
  enrolmentId: string;

  @IsIn(STUDY_MOMENTS)
  moment: StudyMoment;
}

export class StopQuestionnairesDto {
  @IsBoolean()
  stopped: boolean;
}

export class ResearchConsentDto implements ResearchConsentInput {
  @IsBoolean()
  answers: boolean;

  @IsBoolean()
  phaseTimeline: boolean;

  @IsBoolean()
  phaseTags: boolean;

  @IsString()
  @Matches(/^[A-Za-z0-9._-]{1,40}$/)
  letterVersion: string;
}
