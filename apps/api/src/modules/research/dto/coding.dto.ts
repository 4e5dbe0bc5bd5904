import {
  CODING_LABELS,
  CODING_SAMPLE_MAX,
  CODING_SAMPLE_MIN,
  type CodeInput,
  type CodingLabel,
  type CodingStudyInput,
} from '@spiegel/domain';
import { IsIn, IsString, Matches, MaxLength } from 'class-validator';
import { WholeNumber } from '../../../common/whole-number.js';

export class CodingStudyDto implements CodingStudyInput {
  @IsString()
  @MaxLength(120)
  @Matches(/\S/, { message: 'name mag niet leeg zijn' })
  name: string;

  @WholeNumber(CODING_SAMPLE_MIN, CODING_SAMPLE_MAX)
  size: number;
}

export class CodeDto implements CodeInput {
  @IsIn(CODING_LABELS)
  label: CodingLabel;
}
