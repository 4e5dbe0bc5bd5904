import { Optional } from '../../../common/optional.js';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsISO8601, IsUUID } from 'class-validator';
import { PHASE_IDS, type PhaseId } from '@spiegel/domain';

export class DashboardQuery {
  @Optional()
  @IsISO8601({ strict: true })
  from?: string;

  @Optional()
  @IsISO8601({ strict: true })
  to?: string;
}

export class SelfPlacementDto {
  @IsIn(PHASE_IDS)
  phase: PhaseId;
}

export class ReportQuery {
  @Optional()
  @IsUUID('4')
  trajectId?: string;
}

export class CompareQuery {
  /** Comma-separated traject ids; without it, every traject the caller may see (at most 12). */
  @Optional()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.split(',').filter((s) => s.length > 0) : value,
  )
  @ArrayMinSize(1)
  @ArrayMaxSize(12)
  @IsUUID('4', { each: true })
  trajectIds?: string[];
}
